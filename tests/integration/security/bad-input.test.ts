import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Some accepted inputs send invitations: they land in this suite's own capture server.
const SMTP_PORT = vi.hoisted(() => {
  const port = 51000 + (process.pid % 3000) + Number(process.env.VITEST_POOL_ID ?? 0) * 3000; // 51000–59999 (the matrix uses 41000+)
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return port;
});

import { StandardSchemaV1Error, type AnyProcedure } from "@trpc/server";
import { ZodError } from "zod";
import { startCaptureServer, type CaptureServer } from "~/server/services/mail/capture-server";
import { closeMailTransport } from "~/server/services/mail/transport";
import { callerFor } from "../../factories/caller";
import { procedureAt } from "../settings/helpers";
import { NextRequest } from "next/server";
import superjson from "superjson";
import { GET as healthGet } from "~/app/api/health/route";
import { POST as trpcPost } from "~/app/api/trpc/[trpc]/route";
import { sessionCookie } from "../../factories/session";
import { inputFields, MB, PAYLOADS, setAt, WHOLE_INPUTS } from "./bad-payloads";
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
  if (err.code === "BAD_REQUEST" && (err.cause instanceof StandardSchemaV1Error || err.cause instanceof ZodError) && err.cause.issues.some((i) => !i.message)) return "input issue without a message";
  return null;
}

describe("bad input sweep", () => {
  it("every procedure × every input field × every bad payload: a 4xx with a message, nothing stored when refused", async () => {
    const failures: string[] = [];
    const codes: Record<string, number> = {};
    let tried = 0;
    let counted = 0;
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
        let parserRefused = false;
        try {
          await call();
        } catch (err) {
          code = err instanceof TRPCError ? err.code : "THROWN";
          parserRefused = err instanceof TRPCError && (err.cause instanceof StandardSchemaV1Error || err.cause instanceof ZodError);
          const problem = refusalProblem(err);
          if (problem) failures.push(`${label}: ${problem}`);
        }
        codes[code] = (codes[code] ?? 0) + 1;
        // A refusal by the input schema (or the text sanitiser) comes before the handler runs: it
        // cannot have stored anything, and any change would still show at the next counted cell.
        if (parserRefused) return;
        counted++;
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
      if ((await counts()) !== last) failures.push(`rows changed after the last counted cell of a lane ending with ${paths.at(-1)?.[0]}`);
    };
    const nonOrg = procedures.filter(([, p]) => accessOf(p).kind !== "org");
    const org = procedures.filter(([, p]) => accessOf(p).kind === "org");
    await Promise.all([lane(A, [...nonOrg, ...org.filter((_, i) => i % 2 === 0)], true), lane(A2, org.filter((_, i) => i % 2 === 1), false)]);

    expect(failures).toEqual([]);
    console.log(`bad input sweep (tRPC): ${tried} bad inputs tried over ${procedures.length} procedures; answers ${JSON.stringify(codes)}; row counts compared after ${counted} that reached a handler`);
  }, 240_000);

  it("every /api/v1 POST/PATCH: bad bodies answer 4xx (or per-item errors), never 500, nothing stored when refused", async () => {
    // Keys are rate limited per minute: a fresh one every 100 requests.
    let key = "";
    const freshKey = async () => (key = (await createApiKey(db, { organizationId: A.org.id, userId: null }, { name: "bad input", scopes: ["read", "write"] })).key);
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

  it("text a field accepts is stored verbatim and round-trips exactly; rendered text is escaped; the app still answers", async () => {
    const f = A2;
    const admin = callerFor(f.owner.id);
    const orgSlug = () => f.org.slug;
    const texts = PAYLOADS.filter((p) => p.text).map((p) => p.value as string);
    let cells = 0;
    for (const [i, t] of texts.entries()) {
      cells += 6;
      // (Team names are unique per organisation, and the sweep above may have stored these already.)
      const team = await admin.settings.teams.create({ orgSlug: orgSlug(), name: `${t} #${i}` });
      expect((await admin.settings.teams.list({ orgSlug: orgSlug() })).find((x) => x.id === team.id)?.name).toBe(`${t} #${i}`);
      await admin.settings.teams.rename({ orgSlug: orgSlug(), teamId: team.id, name: `${t}!` });
      expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe(`${t}!`);
      await admin.settings.org.update({ orgSlug: orgSlug(), name: t });
      expect((await admin.settings.org.get({ orgSlug: orgSlug() })).org.name).toBe(t);
      const key = await admin.settings.apiKeys.create({ orgSlug: orgSlug(), name: t, scopes: ["read"] });
      expect((await admin.settings.apiKeys.list({ orgSlug: orgSlug() })).find((k) => k.id === key.id)?.name).toBe(t);
      await admin.profile.update({ orgSlug: orgSlug(), facts: { headline: t } });
      expect((await admin.profile.get({ orgSlug: orgSlug() })).facts.headline).toBe(t);
      const made = await admin.me.createOrganization({ name: t });
      expect((await admin.me.organizations()).find((o) => o.slug === made.orgSlug)?.name).toBe(t);
      // Searches and filters take the same strings as plain values.
      await admin.team.reps({ orgSlug: orgSlug(), search: t });
      await admin.settings.audit.list({ orgSlug: orgSlug(), action: t });
    }

    // Through the REST API: the free-text fields of an event.
    const { key } = await createApiKey(db, { organizationId: f.org.id, userId: null }, { name: "round trip", scopes: ["read", "write"] });
    const post = (await v1Routes()).find((r) => r.key === "POST activities")!;
    const events = texts.map((t, i) => ({ repId: f.rep.rep.id, kind: "COMMENT", occurredAt: new Date(Date.now() - 3_600_000).toISOString(), externalId: `text-${i}`, counterpart: t, counterpartTitle: t, thread: t }));
    const res = await callRoute(post, key, { body: { events } });
    expect(res.status).toBe(200);
    for (const [i, t] of texts.entries()) {
      cells++;
      const row = await db.activity.findFirstOrThrow({ where: { organizationId: f.org.id, externalId: `text-${i}` } });
      expect([row.counterpart, row.counterpartTitle, row.thread]).toEqual([t, t, t]);
    }

    // Rendered user text is escaped: a manager and a team called <script>… in the weekly report an
    // admin previews.
    const script = "<script>alert(1)</script>";
    await db.user.update({ where: { id: f.manager.user.id }, data: { name: script } });
    await db.team.update({ where: { id: f.team.id }, data: { name: script } });
    const preview = await admin.reports.preview({ orgSlug: orgSlug(), userId: f.manager.user.id, kind: "MANAGER_REPORT" });
    expect(preview, "the manager's report renders (the rep is in their team)").not.toBeNull();
    cells++;
    expect(preview!.html).not.toContain(script);
    expect(preview!.html).toContain("&lt;script&gt;");

    // Over HTTP (the real tRPC route): a NUL byte and an oversized body answer 400 and 413 with messages.
    const cookie = await sessionCookie(f.owner.id);
    const http = (path: string, input: unknown, extra: Record<string, string> = {}) =>
      trpcPost(new NextRequest(`http://localhost:3000/api/trpc/${path}?batch=1`, {
        method: "POST",
        body: JSON.stringify({ "0": superjson.serialize(input) }),
        headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie, ...extra },
      }));
    const nul = await http("settings.teams.create", { orgSlug: orgSlug(), name: "a\u0000b" });
    expect(nul.status).toBe(400);
    const nulBody = (await nul.json()) as [{ error: { json: { message: string; data: { code: string; fieldErrors: Record<string, string> } } } }];
    expect(nulBody[0].error.json.data.code, JSON.stringify(nulBody)).toBe("BAD_REQUEST");
    expect(nulBody[0].error.json.data.fieldErrors).toEqual({ name: expect.stringMatching(/cannot be stored/) });
    const long = await http("settings.teams.create", { orgSlug: orgSlug(), name: "x".repeat(3 * MB) });
    expect(long.status).toBe(413);
    const big = await http("settings.teams.create", { orgSlug: orgSlug(), name: "x".repeat(MB) });
    expect(big.status).toBe(400);
    expect(((await big.json()) as [{ error: { json: { data: { fieldErrors: Record<string, string> } } } }])[0].error.json.data.fieldErrors.name).toBe("Use at most 60 characters");
    cells += 3;

    // GET routes with a path id PostgreSQL cannot store, or SQL-looking: 404 (never 500).
    for (const r of (await v1Routes()).filter((x) => x.key.startsWith("GET reps/"))) {
      for (const id of ["a\u0000b", "x\uD800", "' OR 1=1 --", "x".repeat(10_000)]) {
        cells++;
        const got = await callRoute(r, key, { params: { id } });
        expect(got.status, `${r.key} ${JSON.stringify(id.slice(0, 20))}`).toBeLessThan(500);
      }
    }

    // And after thousands of bad inputs the app still answers normally.
    expect((await admin.org.current({ orgSlug: orgSlug() })).slug).toBe(orgSlug());
    expect((await healthGet()).status).toBe(200);
    console.log(`bad input sweep (round trips, escaping, HTTP, GET ids): ${cells} checks`);
  }, 60_000);
});

function diff(before: Record<string, number>, after: Record<string, number>) {
  const out: Record<string, string> = {};
  for (const k of Object.keys(after)) if (before[k] !== after[k]) out[k] = `${before[k]} → ${after[k]}`;
  return out;
}
