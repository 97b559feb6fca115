import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as openApiRoute } from "~/app/api/v1/openapi.json/route";
import { addMember, createOrg } from "../../factories";
import { APP, event, newKey, postActivities } from "./helpers";

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, { type: string; scheme: string }> };
};

async function fetchDoc(): Promise<{ res: Response; doc: Doc }> {
  const res = await openApiRoute(new NextRequest(`${APP}/api/v1/openapi.json`));
  return { res, doc: JSON.parse(await res.text()) as Doc };
}

/** A zod validator for one component, with its $refs resolved inside a local $defs. */
function validatorFor(doc: Doc, name: string) {
  const defs = JSON.parse(JSON.stringify(doc.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"));
  return z.fromJSONSchema({ $ref: `#/$defs/${name}`, $defs: defs });
}

describe("GET /api/v1/openapi.json", () => {
  it("is a public OpenAPI 3.1 document describing every route, its security and its errors", async () => {
    const { res, doc } = await fetchDoc();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });

    const routes = { "/api/v1/activities": "post", "/api/v1/reps/{id}/score": "get", "/api/v1/reps/{id}/snapshots": "get", "/api/v1/openapi.json": "get" };
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(routes).sort());
    for (const [path, method] of Object.entries(routes)) {
      const op = doc.paths[path]![method]!;
      expect(op.responses["200"], path).toBeDefined();
      if (path.endsWith("openapi.json")) {
        expect(op.security).toEqual([]);
        continue;
      }
      for (const code of ["401", "403", "429"]) expect(op.responses[code], `${path} ${code}`).toBeDefined();
    }
    const post = doc.paths["/api/v1/activities"]!.post!;
    for (const code of ["400", "413", "415"]) expect(post.responses[code]).toBeDefined();
    for (const path of ["/api/v1/reps/{id}/score", "/api/v1/reps/{id}/snapshots"]) expect(doc.paths[path]!.get!.responses["404"]).toBeDefined();
    expect(JSON.stringify(doc)).toContain("Retry-After");
  });

  it("its request schema accepts a valid batch and refuses invalid ones", async () => {
    const { doc } = await fetchDoc();
    const batch = validatorFor(doc, "ActivityBatch");
    const ok = {
      events: [
        { repEmail: "ana@north.test", kind: "COMMENT", occurredAt: "2026-03-02T09:30:00+01:00", externalId: "crm:activity/1" },
        { repId: "cm123", kind: "POST_PUBLISHED", occurredAt: "2026-03-02T08:00:00Z", externalId: "crm:2", quantity: 2, format: "video", metadata: { a: 1 }, thread: null },
      ],
    };
    expect(batch.safeParse(ok).success).toBe(true);
    expect(batch.safeParse({ events: [] }).success).toBe(false);
    expect(batch.safeParse({ events: [{ ...ok.events[0], kind: "LIKE" }] }).success).toBe(false);
    expect(batch.safeParse({ events: [{ ...ok.events[0], occurredAt: "2026-03-02 09:30" }] }).success).toBe(false);
    expect(batch.safeParse({ events: [{ ...ok.events[0], externalId: "a b" }] }).success).toBe(false);
  });

  it("describes what the API really answers", async () => {
    const { doc } = await fetchDoc();
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP");
    const { key } = await newKey(org.id);
    const res = await postActivities(key, { events: [event(rep.rep.id, "doc-1"), event(rep.rep.id, "doc-1"), event("x@y.test", "doc-2")] });
    expect(validatorFor(doc, "ActivityBatchResult").safeParse(await res.json()).success).toBe(true);
    const unauthorized = await postActivities(null, { events: [] });
    expect(validatorFor(doc, "Error").safeParse(await unauthorized.json()).success).toBe(true);
  });
});
