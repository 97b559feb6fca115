import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A refused call must never reach the mailer, but if one did, it would be captured, not lost.
const SMTP_PORT = vi.hoisted(() => {
  const port = 41000 + (process.pid % 3000) + Number(process.env.VITEST_POOL_ID ?? 0) * 3000; // 41000–49999 (bad-input uses 51000+)
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return port;
});

import { startCaptureServer, type CaptureServer } from "~/server/services/mail/capture-server";
import { closeMailTransport } from "~/server/services/mail/transport";
import { NextRequest } from "next/server";
import { db } from "~/server/db";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { createUser } from "../../factories";
import { callerFor } from "../../factories/caller";
import { procedureAt } from "../settings/helpers";
import { callRoute, REST_CASES, v1Routes } from "./rest-cases";
import { foreignInputs, SAMPLES } from "./samples";
import { accessOf, allProcedures, atLeast, codeOf, leaks, outcomeOf, withFakeIds, markersOf, orgDigest, ROLES, rowCounts, securityOrg, userOf, type SecurityOrg } from "./world";

let smtp: CaptureServer;
let A: SecurityOrg;
let B: SecurityOrg;
let markersB: string[];
let outsiderId: string;

beforeAll(async () => {
  smtp = await startCaptureServer({ port: SMTP_PORT });
  [A, B] = await Promise.all([securityOrg("A"), securityOrg("B")]);
  markersB = await markersOf(B);
  outsiderId = (await createUser({ name: "Otto Outsider" })).id;
}, 60_000);
afterAll(async () => {
  closeMailTransport();
  await smtp.close();
});

const PROCEDURES = allProcedures();

/**
 * Foreign-id cells whose honest answer is not NOT_FOUND: a filter by another organisation's actor
 * is an empty page, and typing another organisation's name does not confirm deleting your own.
 */
const FOREIGN_OUTCOME: Record<string, "EMPTY" | "BAD_REQUEST" | "ROWS_FAILED"> = {
  "settings.audit.list": "EMPTY",
  // Batch semantics: one answer per CSV row; a foreign default team fails every row.
  "settings.invitations.bulk": "ROWS_FAILED",
  "settings.data.deleteOrganization": "BAD_REQUEST",
};

/** Non-organisation procedures: what a member of A gets for the sample input (default OK, checked for leaks). */
const NON_ORG_OUTCOME: Record<string, string> = {
  // An unknown token: describe says so ({ state: "unknown" }), accepting it is a bad request.
  "auth.invitation.accept": "BAD_REQUEST",
  "auth.invitation.signUpAndAccept": "BAD_REQUEST",
};

describe("tenant and role matrix over every tRPC procedure", () => {
  it("has a sample for every procedure of the router, and no stale sample", () => {
    const paths = PROCEDURES.map(([p]) => p);
    expect(paths.filter((p) => !SAMPLES[p]), "procedures without an entry in tests/integration/security/samples.ts").toEqual([]);
    expect(Object.keys(SAMPLES).filter((p) => !paths.includes(p)), "samples for procedures that no longer exist").toEqual([]);
    // Every procedure's access is readable from its builder.
    for (const [, proc] of PROCEDURES) expect(() => accessOf(proc)).not.toThrow();
    expect(paths.length).toBeGreaterThanOrEqual(69);
  });

  it("OWNER, ADMIN, MANAGER and REP of org A never reach org B, nor what their role hides", async () => {
    const failures: string[] = [];
    const tally = { cells: 0, foreignOrg: 0, foreignIds: 0, hidden: 0, roleRefused: 0, reads: 0, signedOut: 0, nonMember: 0, nonOrg: 0 };
    // Tenant tables only: sign-up and "create organisation" cells add users and organisations of their own.
    const tenantRows = async (orgId: string) => Object.fromEntries(Object.entries(await rowCounts(orgId)).filter(([t]) => !t.endsWith("*")));
    const beforeB = { counts: await tenantRows(B.org.id), digest: await orgDigest(B.org.id) };
    const beforeA = await tenantRows(A.org.id);

    const check = async (kind: keyof typeof tally, label: string, call: () => Promise<unknown>, want: string[], leakCheck = false) => {
      tally.cells++;
      tally[kind]++;
      let result: unknown;
      const got = await codeOf(
        call().then((r) => {
          result = r;
        }),
      );
      if (!want.includes(got)) failures.push(`${label}: expected ${want.join("|")}, got ${got}`);
      if (got === "OK" && leakCheck) {
        const found = leaks(result, markersB);
        if (found.length) failures.push(`${label}: org B data in the answer: ${found.slice(0, 3).join(", ")}`);
      }
    };

    /**
     * Another organisation's id answers exactly like an id that exists nowhere: NOT_FOUND for the
     * row a procedure acts on; a referenced id (a team to invite into, people to put in a team)
     * may be a BAD_REQUEST field error, but then with the very answer a made-up id gets.
     */
    const foreignCell = async (label: string, path: string, allowed: boolean, call: () => Promise<unknown>, fake: () => Promise<unknown>) => {
      tally.cells++;
      tally.foreignIds++;
      const got = await outcomeOf(call());
      const special = FOREIGN_OUTCOME[path];
      if (got.code === "OK" && leaks(got.result, markersB).length) failures.push(`${label}: org B data in the answer`);
      if (!allowed) {
        if (got.code !== "FORBIDDEN") failures.push(`${label}: expected FORBIDDEN, got ${got.code}`);
      } else if (special === "EMPTY") {
        if (!["OK", "NOT_FOUND"].includes(got.code)) failures.push(`${label}: expected an empty answer, got ${got.code}`);
      } else if (special === "ROWS_FAILED") {
        const r = got.result as { sent?: number; notSent?: number; failed?: number } | undefined;
        if (got.code !== "OK" || r?.sent !== 0 || r.notSent !== 0) failures.push(`${label}: expected every row refused, got ${got.code} ${JSON.stringify(r)}`);
      } else if (special === "BAD_REQUEST") {
        if (got.code !== "BAD_REQUEST") failures.push(`${label}: expected BAD_REQUEST, got ${got.code}`);
      } else if (got.code === "BAD_REQUEST") {
        const ref = await outcomeOf(fake());
        if (ref.code !== got.code || ref.message !== got.message) failures.push(`${label}: answers ${got.code} "${got.message}" but a made-up id gets ${ref.code} "${ref.message}"`);
      } else if (got.code !== "NOT_FOUND") failures.push(`${label}: expected NOT_FOUND, got ${got.code}`);
    };

    for (const [path, proc] of PROCEDURES) {
      const sample = SAMPLES[path]!;
      const access = accessOf(proc);
      const isQuery = proc._def.type === "query";
      const cells: Promise<void>[] = [];

      if (access.kind !== "org") {
        // Public and signed-in procedures: no organisation in the input, so no foreign ids; check
        // nothing of org B comes back to any member of A (or to nobody, for public ones).
        const want = [NON_ORG_OUTCOME[path] ?? "OK"];
        const users = access.kind === "public" ? [null, ...ROLES.map((r) => userOf(A, r))] : ROLES.map((r) => userOf(A, r));
        for (const u of users) cells.push(check("nonOrg", `${path} × ${u ?? "signed out"}`, () => procedureAt(callerFor(u), path)(sample.input(A)), want, true));
        if (path === "auth.invitation.accept") {
          // org B's real invitation (for someone else) cannot be taken by a member of A.
          for (const r of ROLES) cells.push(check("nonOrg", `${path} × ${r} × org B's token`, () => callerFor(userOf(A, r)).auth.invitation.accept({ token: B.invitationToken }), ["FORBIDDEN"]));
        }
        if (access.kind === "protected") cells.push(check("signedOut", `${path} × signed out`, () => procedureAt(callerFor(null), path)(sample.input(A)), ["UNAUTHORIZED"]));
        await Promise.all(cells);
        continue;
      }

      const own = (input: Record<string, unknown>) => ({ ...input, orgSlug: A.org.slug });
      cells.push(check("signedOut", `${path} × signed out`, () => procedureAt(callerFor(null), path)(own(sample.input(A))), ["UNAUTHORIZED"]));
      cells.push(check("nonMember", `${path} × no membership`, () => procedureAt(callerFor(outsiderId), path)(own(sample.input(A))), ["NOT_FOUND"]));

      for (const role of ROLES) {
        const call = procedureAt(callerFor(userOf(A, role)), path);
        const allowed = atLeast(role, access.minRole);
        const cell = `${path} × ${role}`;
        // (a) org B by slug, by its old slug and by id, with org B's own ids: not a member → NOT_FOUND.
        for (const slug of [B.org.slug, B.oldSlug, B.org.id]) {
          cells.push(check("foreignOrg", `${cell} × org B (${slug})`, () => call({ ...sample.input(B), orgSlug: slug }), ["NOT_FOUND"]));
        }
        // (b) own slug, org B's ids → NOT_FOUND (FORBIDDEN when the role is refused first).
        for (const [i, input] of foreignInputs(sample, A, B).entries()) {
          cells.push(foreignCell(`${cell} × org B ids #${i}`, path, allowed, () => call(own(input)), () => call(own(withFakeIds(input, markersB)))));
        }
        // (c) own organisation, ids the role may not reach (another team, another rep).
        if (sample.hidden && (role === "MANAGER" || role === "REP")) {
          cells.push(check("hidden", `${cell} × hidden own ids`, () => call(own(sample.hidden!(A))), allowed ? ["FORBIDDEN", "NOT_FOUND"] : ["FORBIDDEN"]));
        }
        if (!allowed) {
          // The role itself is refused, whatever the input.
          cells.push(check("roleRefused", `${cell} × own data`, () => call(own(sample.input(A))), ["FORBIDDEN"]));
        } else if (isQuery) {
          // (d) allowed reads answer, and nothing of org B is in the answer.
          cells.push(check("reads", `${cell} × own data`, () => call(own(sample.input(A))), ["OK"], true));
        }
      }
      await Promise.all(cells);
    }

    expect(failures).toEqual([]);
    // Nothing of B changed (row counts per tenant table and a digest of every row), nor did A grow.
    expect(await tenantRows(B.org.id)).toEqual(beforeB.counts);
    expect(await orgDigest(B.org.id)).toBe(beforeB.digest);
    expect(await tenantRows(A.org.id), "org A rows (refusals and reads store nothing)").toEqual(beforeA);
    // No mail went anywhere: refusals send nothing (sendTest is only ever refused here).
    expect(smtp.received()).toBe(0);

    const orgProcs = PROCEDURES.filter(([, p]) => accessOf(p).kind === "org").length;
    console.log(
      `procedure matrix: ${PROCEDURES.length} procedures (${orgProcs} org, ${PROCEDURES.length - orgProcs} public/protected) × ${ROLES.length} roles × cases = ${tally.cells} cells ` +
        `(foreign org ${tally.foreignOrg}, foreign ids ${tally.foreignIds}, hidden own ids ${tally.hidden}, role refused ${tally.roleRefused}, reads without leaks ${tally.reads}, ` +
        `signed out ${tally.signedOut}, non-member ${tally.nonMember}, non-org ${tally.nonOrg})`,
    );
    // The leak detector itself works: org B's own admin does see org B's markers.
    const own = await callerFor(B.admin.user.id).settings.members.list({ orgSlug: B.org.slug });
    expect(leaks(own, markersB).length).toBeGreaterThan(5);
    expect(tally.cells).toBeGreaterThan(PROCEDURES.length * ROLES.length * 3);
  }, 120_000);
});

describe("tenant matrix over every /api/v1 route", () => {
  it("calls each route with org A's key and org B's ids, and without a valid key", async () => {
    const routes = await v1Routes();
    const keys = routes.map((r) => r.key);
    expect(keys.filter((k) => !REST_CASES[k]), "v1 routes without a case in tests/integration/security/rest-cases.ts").toEqual([]);
    expect(Object.keys(REST_CASES).filter((k) => !keys.includes(k)), "cases for routes that no longer exist").toEqual([]);

    const beforeB = await orgDigest(B.org.id);
    const { key } = await createApiKey(db, { organizationId: A.org.id, userId: null }, { name: "matrix", scopes: ["read", "write"] });
    const revoked = await createApiKey(db, { organizationId: A.org.id, userId: null }, { name: "revoked", scopes: ["read", "write"] });
    await db.apiKey.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });

    const failures: string[] = [];
    let cells = 0;
    const errorOf = async (res: Response) => ({ status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } & Record<string, unknown> });

    for (const r of routes) {
      const c = REST_CASES[r.key]!;
      const own = c.own(A);
      // Own organisation, valid key (or none for public routes): answers, with nothing of org B.
      cells++;
      const ok = await errorOf(await callRoute(r, c.public ? null : key, own));
      if (ok.status !== 200) failures.push(`${r.key} × own: expected 200, got ${ok.status} ${JSON.stringify(ok.body)}`);
      const found = leaks(ok.body, markersB);
      if (found.length) failures.push(`${r.key} × own: org B data in the answer: ${found.slice(0, 3).join(", ")}`);
      if (c.public) continue;

      // No key, a revoked key, an unknown key, and org B's key on org A's own request: 401, 401, 401, 404/refused.
      for (const [label, k] of [["no key", null], ["revoked key", revoked.key], ["unknown key", `${key.slice(0, -6)}zzzzzz`]] as const) {
        cells++;
        const res = await callRoute(r, k, own);
        if (res.status !== 401) failures.push(`${r.key} × ${label}: expected 401, got ${res.status}`);
      }

      for (const [i, req] of (c.foreign?.(B) ?? []).entries()) {
        cells++;
        const got = await errorOf(await callRoute(r, key, req));
        const made = await errorOf(await callRoute(r, key, JSON.parse(JSON.stringify(req).split(B.rep.rep.id).join("cnotarep0000000000000000").split(B.rep2.rep.id).join("cnotarep0000000000000001")) as typeof req));
        if (leaks(got.body, markersB.filter((m) => !JSON.stringify(req).includes(m))).length) failures.push(`${r.key} × org B ids #${i}: org B data in the answer`);
        if (c.foreignAnswer === "404") {
          if (got.status !== 404) failures.push(`${r.key} × org B ids #${i}: expected 404, got ${got.status}`);
          else if (got.body.error?.message !== made.body.error?.message) failures.push(`${r.key} × org B ids #${i}: answers "${got.body.error?.message}", an unknown id "${made.body.error?.message}"`);
        } else {
          const results = (got.body as { results?: { status: string; error?: string }[] }).results ?? [];
          const refused = results.every((x) => x.status === "error" && x.error === "unknown rep");
          if (got.status !== 200 || results.length === 0 || !refused) failures.push(`${r.key} × org B ids #${i}: expected every item refused as an unknown rep, got ${got.status} ${JSON.stringify(got.body)}`);
        }
      }
    }

    expect(await orgDigest(B.org.id)).toBe(beforeB);

    // Org B's own key does not open org A's rows either (the same requests, the other direction;
    // after the digest, since using a key stamps its lastUsedAt).
    const keyOfB = await createApiKey(db, { organizationId: B.org.id, userId: null }, { name: "b", scopes: ["read", "write"] });
    const beforeA = await orgDigest(A.org.id);
    for (const r of routes) {
      const c = REST_CASES[r.key]!;
      if (!c.foreign) continue;
      cells++;
      const res = await callRoute(r, keyOfB.key, c.own(A));
      const body = (await res.json()) as { results?: { status: string }[] };
      if (c.foreignAnswer === "404" ? res.status !== 404 : !(res.status === 200 && body.results?.every((x) => x.status === "error"))) failures.push(`${r.key} × org B's key on org A's ids: got ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect(await orgDigest(A.org.id)).toBe(beforeA);
    console.log(`api/v1 matrix: ${routes.length} route handlers (${routes.map((r) => r.key).join(", ")}) = ${cells} cells`);
    expect(cells).toBeGreaterThanOrEqual(routes.length * 4);
  }, 60_000);
});

describe("tenant matrix over the session-cookie download routes", () => {
  it("an export ZIP and the team CSV of org B answer 404 to every member of A", async () => {
    const [{ GET: exportGet }, { GET: teamCsvGet }, { sessionCookie }] = await Promise.all([
      import("~/app/api/exports/[id]/route"),
      import("~/app/api/team/export/route"),
      import("../../factories/session"),
    ]);
    const exportOfB = await db.exportJob.findFirstOrThrow({ where: { organizationId: B.org.id } });
    const failures: string[] = [];
    let cells = 0;
    for (const role of ROLES) {
      const cookie = await sessionCookie(userOf(A, role));
      const get = (url: string) => new NextRequest(`http://localhost:3000${url}`, { headers: { cookie } });
      const cases: [string, Promise<Response>, number[]][] = [
        ["export of org B", exportGet(get(`/api/exports/${exportOfB.id}`), { params: Promise.resolve({ id: exportOfB.id }) }), [404]],
        ["team CSV with org B's slug", teamCsvGet(get(`/api/team/export?org=${B.org.slug}`)), [404]],
        ["team CSV with org B's team", teamCsvGet(get(`/api/team/export?org=${A.org.slug}&team=${B.team.id}`)), role === "REP" ? [403, 404] : [404]],
        ["team CSV of A's other team", teamCsvGet(get(`/api/team/export?org=${A.org.slug}&team=${A.team2.id}`)), role === "MANAGER" || role === "REP" ? [403, 404] : [200]],
      ];
      for (const [label, res, want] of cases) {
        cells++;
        const r = await res;
        const text = await r.text();
        if (!want.includes(r.status)) failures.push(`${role} × ${label}: expected ${want.join("|")}, got ${r.status}`);
        if (leaks(text, markersB).length) failures.push(`${role} × ${label}: org B data in the answer`);
      }
    }
    expect(failures).toEqual([]);
    console.log(`download routes matrix: 2 routes × ${ROLES.length} roles = ${cells} cells`);
  });
});
