// Every /api/v1 route handler, found on disk, and one case per "METHOD route" (the suites fail for
// a route file or method without one).
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { NextRequest } from "next/server";
import type { SecurityOrg } from "./world";

const V1 = fileURLToPath(new URL("../../../src/app/api/v1", import.meta.url));
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** "POST activities", "GET reps/[id]/score", … with their handlers, from src/app/api/v1/**\/route.ts. */
export async function v1Routes(): Promise<{ key: string; route: string; handler: Handler }[]> {
  const files = (readdirSync(V1, { recursive: true }) as string[]).filter((f) => f === "route.ts" || f.endsWith(`${sep}route.ts`));
  const out: { key: string; route: string; handler: Handler }[] = [];
  for (const file of files.sort()) {
    const route = relative(V1, join(V1, file)).split(sep).slice(0, -1).join("/");
    const mod = (await import(join(V1, file))) as Record<string, unknown>;
    for (const m of METHODS) if (typeof mod[m] === "function") out.push({ key: `${m} ${route}`, route, handler: mod[m] as Handler });
  }
  return out;
}

export interface RestRequest {
  /** Values of the dynamic segments ([id]). */
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
}

export interface RestCase {
  /** No key needed (the OpenAPI document). */
  public?: boolean;
  /** A valid request in the key's own organisation. */
  own: (f: SecurityOrg) => RestRequest;
  /** Requests naming another organisation's rows, made with the first organisation's key. */
  foreign?: (other: SecurityOrg) => RestRequest[];
  /**
   * What a foreign request answers: 404 like an unknown id, or (batch ingestion) 200 with every
   * item refused exactly as an unknown rep is.
   */
  foreignAnswer?: "404" | "items-refused";
}

const event = (ref: Record<string, string>, n: string) => ({ ...ref, kind: "COMMENT", occurredAt: new Date(Date.now() - 3_600_000).toISOString(), externalId: `sec-${n}` });

export const REST_CASES: Record<string, RestCase> = {
  "POST activities": {
    own: (f) => ({ body: { events: [event({ repId: f.rep.rep.id }, "own")] } }),
    foreign: (b) => [
      { body: { events: [event({ repId: b.rep.rep.id }, "b-id"), event({ repEmail: b.rep.user.email }, "b-mail"), event({ repId: b.rep2.rep.id }, "b-id2")] } },
    ],
    foreignAnswer: "items-refused",
  },
  "GET reps/[id]/score": {
    own: (f) => ({ params: { id: f.rep.rep.id } }),
    foreign: (b) => [{ params: { id: b.rep.rep.id } }, { params: { id: b.rep.user.email } }, { params: { id: b.owner.id } }],
    foreignAnswer: "404",
  },
  "GET reps/[id]/snapshots": {
    own: (f) => ({ params: { id: f.rep.rep.id }, query: "?weeks=12" }),
    foreign: (b) => [{ params: { id: b.rep.rep.id }, query: "?weeks=12" }, { params: { id: b.rep2.user.email } }],
    foreignAnswer: "404",
  },
  "GET openapi.json": { public: true, own: () => ({}) },
};

/** Calls a handler the way Next does: a NextRequest and the dynamic params as a promise. */
export function callRoute(r: { route: string; handler: Handler; key: string }, key: string | null, req: RestRequest, headers: Record<string, string> = {}) {
  const method = r.key.split(" ")[0]!;
  // (A lone surrogate cannot be percent-encoded; the handler gets the raw value through params anyway.)
  const enc = (v: string) => {
    try {
      return encodeURIComponent(v);
    } catch {
      return "unencodable";
    }
  };
  const path = r.route.replace(/\[(\w+)\]/g, (_, p: string) => enc(req.params?.[p] ?? ""));
  const body = req.body === undefined ? undefined : typeof req.body === "string" ? req.body : JSON.stringify(req.body);
  return r.handler(
    new NextRequest(`http://localhost:3000/api/v1/${path}${req.query ?? ""}`, {
      method,
      body,
      headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    }),
    { params: Promise.resolve(req.params ?? {}) },
  );
}
