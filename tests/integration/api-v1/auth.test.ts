import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { hashApiKey } from "~/server/services/api-keys/key-format";
import { listApiKeys } from "~/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "~/server/services/api-keys/revoke-api-key";
import { verifyApiKey } from "~/server/services/api-keys/verify-api-key";
import { createOrg } from "../../factories";
import { event, getScore, newKey, postActivities } from "./helpers";

describe("API keys: storage and lifecycle", () => {
  it("stores only the hash and a prefix; the key itself is nowhere in the database", async () => {
    const { org, owner } = await createOrg();
    const created = await createApiKey(db, { organizationId: org.id, userId: owner.id }, { name: "  CRM sync ", scopes: ["write", "read", "write"] });
    expect(created.key).toMatch(/^ssi_live_[A-Za-z0-9_-]{43}$/);
    expect(created.name).toBe("CRM sync");
    expect(created.scopes).toEqual(["read", "write"]);

    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hash).toBe(hashApiKey(created.key));
    expect(row.prefix).toBe(created.key.slice(0, 16));
    expect(row.createdById).toBe(owner.id);
    const audit = await db.auditLog.findMany({ where: { organizationId: org.id, action: "api_key.created" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.targetId).toBe(created.id);

    // Search every text column of the tables a key could end up in.
    const secret = created.key.slice(16);
    const hits = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT row_to_json(k)::text AS t FROM "ApiKey" k UNION ALL SELECT row_to_json(a)::text FROM "AuditLog" a
      ) x WHERE position(${secret} in t) > 0`;
    expect(Number(hits[0]!.n)).toBe(0);

    const listed = await listApiKeys(db, { organizationId: org.id, userId: null });
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0]!).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt", "scopes"]);
  });

  it("validates name and scopes", async () => {
    const { org } = await createOrg();
    const attempt = (name: string, scopes: string[]) => createApiKey(db, { organizationId: org.id, userId: null }, { name, scopes });
    for (const [name, scopes] of [["", ["read"]], ["x".repeat(81), ["read"]], ["ok", []], ["ok", ["admin"]]] as const) {
      await expect(attempt(name, [...scopes])).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    await expect(createApiKey(db, { organizationId: "no-such-org", userId: null }, { name: "x", scopes: ["read"] })).rejects.toBeInstanceOf(AppError);
    expect(await db.apiKey.count({ where: { organizationId: org.id } })).toBe(0);
  });

  it("a new key works at once; a revoked key answers 401 from the next request", async () => {
    const { org, owner } = await createOrg();
    const rep = await db.repProfile.findFirstOrThrow({ where: { organizationId: org.id } });
    const { key, id } = await newKey(org.id);
    expect((await getScore(key, rep.id)).status).toBe(200);

    await revokeApiKey(db, { organizationId: org.id, userId: owner.id }, { apiKeyId: id });
    const again = await revokeApiKey(db, { organizationId: org.id, userId: owner.id }, { apiKeyId: id });
    expect(again.revokedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { organizationId: org.id, action: "api_key.revoked" } })).toBe(1);

    const res = await getScore(key, rep.id);
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer .*error="invalid_token"/);
    expect((await res.json()).error.code).toBe("UNAUTHORIZED");
    expect(await verifyApiKey(db, { key })).toBeNull();
    expect((await listApiKeys(db, { organizationId: org.id, userId: null }, { includeRevoked: false })).length).toBe(0);
  });

  it("another organisation cannot revoke a key", async () => {
    const a = await createOrg();
    const b = await createOrg();
    const { id } = await newKey(a.org.id);
    await expect(revokeApiKey(db, { organizationId: b.org.id, userId: b.owner.id }, { apiKeyId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it("missing, malformed and unknown keys answer 401 with a Bearer challenge and a request id", async () => {
    const { org } = await createOrg();
    const rep = await db.repProfile.findFirstOrThrow({ where: { organizationId: org.id } });
    const missing = await getScore(null, rep.id);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="ssi-coach-api"');
    expect(missing.headers.get("x-request-id")).toBeTruthy();
    const body = await missing.json();
    expect(body.error).toMatchObject({ code: "UNAUTHORIZED", message: expect.any(String) });

    for (const bad of ["nonsense", `ssi_live_${"A".repeat(43)}`]) {
      const res = await getScore(bad, rep.id);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
    }
    const basic = await getScore(null, rep.id, { authorization: "Basic dXNlcjpwYXNz" });
    expect(basic.status).toBe(401);
  });

  it("a read-only key cannot POST (403) and a write-only key cannot GET (403)", async () => {
    const { org } = await createOrg();
    const rep = await db.repProfile.findFirstOrThrow({ where: { organizationId: org.id } });
    const readOnly = await newKey(org.id, ["read"]);
    const res = await postActivities(readOnly.key, { events: [event(rep.id, "ro-1")] });
    expect(res.status).toBe(403);
    expect(res.headers.get("www-authenticate")).toContain('error="insufficient_scope", scope="write"');
    expect((await res.json()).error.code).toBe("FORBIDDEN");
    expect(await db.activity.count({ where: { organizationId: org.id } })).toBe(0);

    const writeOnly = await newKey(org.id, ["write"]);
    expect((await getScore(writeOnly.key, rep.id)).status).toBe(403);
  });

  it("records lastUsedAt at most once a minute", async () => {
    const { org } = await createOrg();
    const { key, id } = await newKey(org.id);
    const t0 = new Date("2026-03-02T10:00:00Z");
    const lastUsed = async () => (await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt?.toISOString();
    expect(await verifyApiKey(db, { key, now: t0 })).toMatchObject({ apiKeyId: id, organizationId: org.id, scopes: ["read", "write"] });
    expect(await lastUsed()).toBe(t0.toISOString());
    await verifyApiKey(db, { key, now: new Date(t0.getTime() + 59_000) });
    expect(await lastUsed()).toBe(t0.toISOString());
    const later = new Date(t0.getTime() + 61_000);
    await verifyApiKey(db, { key, now: later });
    expect(await lastUsed()).toBe(later.toISOString());
  });

  it("echoes a sane incoming x-request-id", async () => {
    const res = await getScore(null, "whatever", { "x-request-id": "trace-12345678" });
    expect(res.headers.get("x-request-id")).toBe("trace-12345678");
    const insane = await getScore(null, "whatever", { "x-request-id": "<script>" });
    expect(insane.headers.get("x-request-id")).not.toBe("<script>");
  });
});
