import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Some accepted inputs send invitations: they land in this suite's own capture server.
const SMTP_PORT = vi.hoisted(() => {
  const port = 50000 + (process.pid % 4000) + Number(process.env.VITEST_POOL_ID ?? 0) * 4000;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return port;
});

import type { AnyProcedure } from "@trpc/server";
import { ZodError } from "zod";
import { startCaptureServer, type CaptureServer } from "~/server/services/mail/capture-server";
import { closeMailTransport } from "~/server/services/mail/transport";
import { callerFor } from "../../factories/caller";
import { procedureAt } from "../settings/helpers";
import { inputFields, PAYLOADS, setAt, WHOLE_INPUTS } from "./bad-payloads";
import { callRoute, REST_CASES, v1Routes } from "./rest-cases";
import { SAMPLES } from "./samples";
import { accessOf, allProcedures, rowCounts, securityOrg, type SecurityOrg } from "./world";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { db } from "~/server/db";
import { TRPCError } from "@trpc/server";

let smtp: CaptureServer;
let A: SecurityOrg;
let A2: SecurityOrg;
beforeAll(async () => {
  smtp = await startCaptureServer({ port: SMTP_PORT });
  [A, A2] = await Promise.all([securityOrg("A"), securityOrg("A2")]);
}, 60_000);
afterAll(async () => {
  closeMailTransport();
  await smtp.close();
});

/** What a refusal must look like: a 4xx code with a short, human message (never the payload echoed back). */
function refusalProblem(err: unknown): string | null {
  if (!(err instanceof TRPCError)) return `not a TRPCError: ${String(err).slice(0, 200)}`;
  if (err.code === "INTERNAL_SERVER_ERROR") return `INTERNAL_SERVER_ERROR (${String(err.cause ?? err.message).split("\n")[0]!.slice(0, 160)})`;
  if (!err.message || err.message.length > 4000) return `unreadable message (${err.message.length} chars)`;
  if (/prisma|postgres|invalid byte sequence|\n\s+at /i.test(err.message)) return `internal detail in the message: ${err.message.slice(0, 200)}`;
  if (err.code === "BAD_REQUEST" && err.cause instanceof ZodError && err.cause.issues.some((i) => !i.message)) return "zod issue without a message";
  return null;
}

describe("bad input sweep", () => {
  it("every procedure × every input field × every bad payload: a 4xx with a message, nothing stored when refused", async () => {
    const failures: string[] = [];
    const codes: Record<string, number> = {};
    let tried = 0;
    const procedures = allProcedures();

    /**
     * Two lanes run side by side, each on its own organisation (two cores). Lane 0 takes every
     * public/signed-in procedure too and is the only one that watches the global User and
     * Organization counts (no org procedure creates either).
     */
    const lane = async (f: SecurityOrg, paths: [string, AnyProcedure][], watchGlobal: boolean) => {
      const owner = callerFor(f.owner.id);
      const counts = async () => {
        const c = await rowCounts(f.org.id);
        if (!watchGlobal) for (const k of Object.keys(c)) if (k.endsWith("*")) delete c[k];
        return JSON.stringify(c);
      };
      // Counts change only when a call succeeds, so the last reading is the "before" of the next call.
      let last = await counts();
      const attempt = async (label: string, call: () => Promise<unknown>) => {
        tried++;
        let code = "OK";
        try {
          await call();
        } catch (err) {
          code = err instanceof TRPCError ? err.code : "THROWN";
          const problem = refusalProblem(err);
          if (problem) failures.push(`${label}: ${problem}`);
        }
        codes[code] = (codes[code] ?? 0) + 1;
        const now = await counts();
        if (code !== "OK" && now !== last) failures.push(`${label}: refused (${code}) but rows changed ${JSON.stringify(diff(JSON.parse(last), JSON.parse(now)))}`);
        last = now;
      };
      for (const [path, proc] of paths) {
        const isOrg = accessOf(proc).kind === "org";
        const base = () => ({ ...SAMPLES[path]!.input(f), ...(isOrg ? { orgSlug: f.org.slug } : {}) });
        const call = procedureAt(owner, path);
        for (const w of WHOLE_INPUTS) await attempt(`${path} ← ${w.name}`, () => call(w.value));
        for (const field of inputFields(proc)) {
          for (const p of PAYLOADS) await attempt(`${path}.${field.join(".")} ← ${p.name}`, () => call(setAt(base(), field, p.value)));
        }
      }
    };
    const nonOrg = procedures.filter(([, p]) => accessOf(p).kind !== "org");
    const org = procedures.filter(([, p]) => accessOf(p).kind === "org");
    await Promise.all([lane(A, [...nonOrg, ...org.filter((_, i) => i % 2 === 0)], true), lane(A2, org.filter((_, i) => i % 2 === 1), false)]);

    expect(failures).toEqual([]);
    console.log(`bad input sweep (tRPC): ${tried} bad inputs tried over ${procedures.length} procedures; answers ${JSON.stringify(codes)}`);
  }, 120_000);

  it("every /api/v1 POST/PATCH: bad bodies answer 4xx (or per-item errors), never 500, nothing stored when refused", async () => {
    // Keys are rate limited per minute: a fresh one every 100 requests.
    let key = "";
    const freshKey = async () => (key = (await createApiKey(db, { organizationId: A.org.id, actorId: null, name: "bad input", scopes: ["read", "write"] })).key);
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    let tried = 0;
    for (const r of (await v1Routes()).filter((x) => /^(POST|PATCH|PUT) /.test(x.key))) {
      const c = REST_CASES[r.key]!;
      const own = c.own(A);
      const bodies: { name: string; body: unknown }[] = [
        ...WHOLE_INPUTS.map((w) => ({ name: w.name, body: w.value === undefined ? "" : JSON.stringify(w.value) })),
        { name: "not JSON", body: "{events:" },
        { name: "1 MB junk", body: "x".repeat(1 << 20) },
      ];
      // Each field of the first event (and the envelope itself) with each payload.
      const event = (own.body as { events: Record<string, unknown>[] }).events[0]!;
      for (const p of PAYLOADS) {
        bodies.push({ name: `events ← ${p.name}`, body: { events: p.value } });
        for (const f of [...Object.keys(event), "counterpart", "counterpartTitle", "thread", "format", "metadata"]) {
          bodies.push({ name: `events[0].${f} ← ${p.name}`, body: { events: [{ ...event, externalId: `bad-${tried}-${bodies.length}`, [f]: p.value }] } });
        }
      }
      for (const b of bodies) {
        if (tried % 100 === 0) await freshKey();
        tried++;
        const before = await rowCounts(A.org.id);
        const res = await callRoute(r, key, { body: typeof b.body === "string" ? b.body : JSON.stringify(b.body) });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        const json = (await res.json().catch(() => null)) as { error?: { message?: string }; results?: { status: string; error?: string }[] } | null;
        if (res.status >= 500) failures.push(`${r.key} ${b.name}: ${res.status} ${JSON.stringify(json)}`);
        else if (res.status >= 400 && !json?.error?.message) failures.push(`${r.key} ${b.name}: ${res.status} without a message`);
        const stored = json?.results?.some((x) => x.status === "created") ?? false;
        if (!stored) {
          const after = await rowCounts(A.org.id);
          const changed = diff(before, after);
          delete changed.ApiKey;
          if (Object.keys(changed).length) failures.push(`${r.key} ${b.name}: refused but rows changed ${JSON.stringify(changed)}`);
        }
        if (json?.results?.some((x) => x.status === "error" && !x.error)) failures.push(`${r.key} ${b.name}: item error without a message`);
      }
    }
    expect(failures).toEqual([]);
    console.log(`bad input sweep (api/v1): ${tried} bad bodies tried; statuses ${JSON.stringify(statuses)}`);
  }, 60_000);
});

function diff(before: Record<string, number>, after: Record<string, number>) {
  const out: Record<string, string> = {};
  for (const k of Object.keys(after)) if (before[k] !== after[k]) out[k] = `${before[k]} → ${after[k]}`;
  return out;
}
