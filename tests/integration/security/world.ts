// Two fully populated organisations for the security suites, plus the helpers that read an
// organisation's footprint (row counts, a digest of every tenant row, the strings that identify it).
import { createHash } from "node:crypto";
import type { AnyProcedure } from "@trpc/server";
import { TRPCError } from "@trpc/server";
import { Prisma } from "@prisma/client";
import { appRouter } from "~/server/api/root";
import { adminProcedure, managerProcedure, orgProcedure, protectedProcedure, publicProcedure } from "~/server/api/trpc";
import { db } from "~/server/db";
import { createInvitation } from "~/server/services/invitations/create-invitation";
import { recomputeOrgScores } from "~/server/services/scores/recompute-rep";
import { delegateOf, tenantModels } from "~/server/services/org-data/tenant-models";
import { addActivities } from "../../factories/activity";
import { addMember, createTeam } from "../../factories";
import { fullOrg } from "../settings/full-org";
import { uid } from "../settings/helpers";

export { uid };

/**
 * fullOrg (a row in every tenant table, one person per role, team 1 = manager + rep) plus a second
 * team with its own manager and rep who have activities, a reading, a goal, a snapshot and an
 * import: the rows the first manager and the first rep must not reach. Every person gets a name
 * unique to this organisation so a leak is visible in any answer.
 */
export async function securityOrg(label: string) {
  const f = await fullOrg(`Sec ${label} ${uid()}`);
  const tag = `${label}${uid()}`;
  const team2 = await createTeam(f.org.id, `Team2 ${tag}`);
  const manager2 = await addMember(f.org.id, "MANAGER", { name: `Mona2 ${tag}`, teamId: team2.id });
  const rep2 = await addMember(f.org.id, "REP", { name: `Remy2 ${tag}`, teamId: team2.id });
  await addActivities(rep2.rep, [{ kind: "COMMENT", occurredAt: new Date(Date.now() - 86_400_000), counterpartTitle: `Hidden title ${tag}` }]);
  await recomputeOrgScores(db, { organizationId: f.org.id });
  await db.weeklySnapshot.create({
    data: { organizationId: f.org.id, repId: rep2.rep.id, isoWeek: "2026-W40", weekStart: new Date("2026-09-28"), total: 30, brand: 8, findPeople: 7, engage: 7, relationships: 8, breakdown: { v: 1, s: [] }, modelVersion: "v1.0.0" },
  });
  await db.officialSsiReading.create({ data: { organizationId: f.org.id, repId: rep2.rep.id, readOn: new Date("2026-10-02"), total: 44, brand: 11, findPeople: 11, engage: 11, relationships: 11 } });
  await db.goal.create({ data: { organizationId: f.org.id, repId: rep2.rep.id, target: 66 } });
  await db.goal.create({ data: { organizationId: f.org.id, teamId: team2.id, target: 60 } });
  const import1 = await db.importJob.findFirstOrThrow({ where: { organizationId: f.org.id, repId: f.rep.rep.id } });
  const import2 = await db.importJob.create({ data: { organizationId: f.org.id, repId: rep2.rep.id, fileName: `hidden-${tag}.zip`, fileSize: 10, status: "SUCCEEDED" } });
  // Unique names for the fixture's people (settingsFixture uses the same names in every org).
  for (const [who, m] of [["Ada", f.admin], ["Maya", f.manager], ["Rita", f.rep]] as const) {
    await db.user.update({ where: { id: m.user.id }, data: { name: `${who} ${tag}` } });
    await db.repProfile.update({ where: { id: m.rep.id }, data: { displayName: `${who} ${tag}` } });
  }
  await db.team.update({ where: { id: f.team.id }, data: { name: `Team1 ${tag}` } });
  // Reps may read the leaderboard, so its cells are real reads, not refusals.
  await db.organization.update({ where: { id: f.org.id }, data: { repLeaderboardEnabled: true } });
  // A pending invitation whose one-time token the tests know (for someone outside every org).
  const { token: invitationToken } = await createInvitation(db, { organizationId: f.org.id, userId: f.owner.id }, { email: `pending2-${tag}@example.test`.toLowerCase(), role: "REP" });
  const org = await db.organization.findUniqueOrThrow({ where: { id: f.org.id } });
  return { ...f, org, tag, team2, manager2, rep2, import1, import2, invitationToken };
}
export type SecurityOrg = Awaited<ReturnType<typeof securityOrg>>;

/** The four roles of the matrix and the user who holds each in a SecurityOrg. */
export const ROLES = ["OWNER", "ADMIN", "MANAGER", "REP"] as const;
export type RoleName = (typeof ROLES)[number];
export const userOf = (f: SecurityOrg, role: RoleName) =>
  role === "OWNER" ? f.owner.id : role === "ADMIN" ? f.admin.user.id : role === "MANAGER" ? f.manager.user.id : f.rep.user.id;

const RANK: Record<RoleName, number> = { REP: 0, MANAGER: 1, ADMIN: 2, OWNER: 3 };
export const atLeast = (role: RoleName, min: RoleName) => RANK[role] >= RANK[min];

/** Every procedure of the app router by dotted path, walked from the router's own record. */
export function allProcedures(): [string, AnyProcedure][] {
  return Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>).sort(([a], [b]) => a.localeCompare(b));
}

export type Access = { kind: "public" } | { kind: "protected" } | { kind: "org"; minRole: RoleName };

/**
 * Who may call a procedure, read from how it was built: its middleware chain starts with the
 * chain of adminProcedure, managerProcedure, orgProcedure, protectedProcedure or publicProcedure
 * (the same function objects). Most specific first.
 */
export function accessOf(proc: AnyProcedure): Access {
  const chain = (proc._def as unknown as { middlewares: unknown[] }).middlewares;
  const startsWith = (builder: unknown) => {
    const prefix = (builder as { _def: { middlewares: unknown[] } })._def.middlewares;
    return prefix.length <= chain.length && prefix.every((m, i) => chain[i] === m);
  };
  if (startsWith(adminProcedure)) return { kind: "org", minRole: "ADMIN" };
  if (startsWith(managerProcedure)) return { kind: "org", minRole: "MANAGER" };
  if (startsWith(orgProcedure)) return { kind: "org", minRole: "REP" };
  if (startsWith(protectedProcedure)) return { kind: "protected" };
  if (startsWith(publicProcedure)) return { kind: "public" };
  throw new Error("procedure built on an unknown base: teach accessOf about it");
}

/** The tRPC error code of a call, "OK", or "THROWN …" for anything that is not a TRPCError. */
export const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : `THROWN ${(e as Error).message}`),
  );

/** Code and message of a call ("OK" and "" when it succeeds), and its result. */
export async function outcomeOf(p: Promise<unknown>): Promise<{ code: string; message: string; result?: unknown }> {
  try {
    return { code: "OK", message: "", result: await p };
  } catch (e) {
    return e instanceof TRPCError ? { code: e.code, message: e.message } : { code: `THROWN ${(e as Error).message}`, message: String(e) };
  }
}

/** The same input with every string of `ids` replaced by an id that exists nowhere. */
export function withFakeIds<T>(input: T, ids: readonly string[]): T {
  let text = JSON.stringify(input);
  for (const id of ids) text = text.split(id).join(`cnotanid${id.slice(8)}`);
  return JSON.parse(text) as T;
}

/** Row count of every tenant table for one organisation, in one round trip. */
const countSql = () =>
  tenantModels()
    .map((m) => `SELECT '${m.name}' AS t, count(*)::int AS n FROM "${m.name}" WHERE "organizationId" = $1`)
    .concat([`SELECT 'User*' AS t, count(*)::int AS n FROM "User"`, `SELECT 'Organization*' AS t, count(*)::int AS n FROM "Organization"`])
    .join(" UNION ALL ");
let cachedSql: string | undefined;
export async function rowCounts(organizationId: string): Promise<Record<string, number>> {
  cachedSql ??= countSql();
  const rows = await db.$queryRawUnsafe<{ t: string; n: number }[]>(cachedSql, organizationId);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

const bigints = (_k: string, v: unknown) => (typeof v === "bigint" ? v.toString() : v);

/** Every tenant row of an organisation plus the organisation and its users, as one digest. */
export async function orgDigest(organizationId: string): Promise<string> {
  const hash = createHash("sha256");
  for (const model of tenantModels()) {
    const rows = await delegateOf(db, model).findMany({ where: { organizationId }, orderBy: { [model.idField]: "asc" } });
    hash.update(`${model.name}:${JSON.stringify(rows, bigints)}\n`);
  }
  hash.update(JSON.stringify(await db.organization.findUnique({ where: { id: organizationId } })));
  const members = await db.membership.findMany({ where: { organizationId }, select: { userId: true } });
  hash.update(JSON.stringify(await db.user.findMany({ where: { id: { in: members.map((m) => m.userId) } }, orderBy: { id: "asc" } })));
  return hash.digest("hex");
}

/**
 * Strings that identify an organisation's data: the primary key of every tenant row, its users'
 * ids, e-mails and names, its name and slugs, its team names, the counterpart titles of activities.
 * None of them may appear in anything another organisation's member gets back.
 */
export async function markersOf(f: SecurityOrg): Promise<string[]> {
  const out = new Set<string>([f.org.id, f.org.name, f.org.slug, f.oldSlug, f.tag]);
  for (const model of tenantModels()) {
    const rows = await delegateOf(db, model).findMany({ where: { organizationId: f.org.id }, select: { [model.idField]: true } });
    for (const r of rows) out.add(String(r[model.idField]));
  }
  const members = await db.membership.findMany({ where: { organizationId: f.org.id }, select: { user: { select: { id: true, email: true, name: true } } } });
  for (const { user } of members) [user.id, user.email].forEach((s) => out.add(s));
  for (const { user } of members) if (user.name.includes(f.tag)) out.add(user.name);
  const invitations = await db.invitation.findMany({ where: { organizationId: f.org.id }, select: { email: true } });
  invitations.forEach((i) => out.add(i.email));
  // Slugs are short words ("org-1a2b3c4d"): fine as markers since they carry a random part.
  return [...out].filter((s) => s.length >= 8);
}

/** The markers of `markers` found in a value's JSON (superjson-free: Dates become ISO strings). */
export function leaks(value: unknown, markers: readonly string[]): string[] {
  const text = JSON.stringify(value ?? null, bigints);
  return markers.filter((m) => text.includes(m));
}

/** Names of the Prisma models that carry organizationId (for the docs and messages). */
export const tenantModelNames = () => Prisma.dmmf.datamodel.models.filter((m) => m.fields.some((f) => f.name === "organizationId")).map((m) => m.name);
