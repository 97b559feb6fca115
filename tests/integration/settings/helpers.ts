import { randomBytes } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { db } from "~/server/db";
import { createApiKey } from "~/server/services/api-keys/create-api-key";
import { createInvitation } from "~/server/services/invitations/create-invitation";
import { addMember, createOrg, createTeam } from "../../factories";

export const uid = () => randomBytes(3).toString("hex");

/** The tRPC error code of a call, or "OK". */
export const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : `THROWN ${(e as Error).message}`));

/** A valid benchmark CSV with two industries. */
export const BENCHMARK_CSV = [
  "industry,label,total_mean,total_sd,brand_mean,find_people_mean,engage_mean,relationships_mean,sample_size,source,as_of",
  "software,Software,61,12,16,14,15,16,120,Our 2026 survey,2026-10-01",
  "logistics,Logistics,48,11,13,11,11,13,80,Our 2026 survey,2026-10-01",
].join("\n");

/**
 * An organisation with one person per role, a team (manager + rep), a pending invitation, an API
 * key and some rep data: enough for every settings procedure to have something to act on.
 */
export async function settingsFixture(opts: { name?: string } = {}) {
  const { org, owner } = await createOrg({ name: opts.name ?? `Settings Org ${uid()}` });
  const team = await createTeam(org.id, "Enterprise");
  const admin = await addMember(org.id, "ADMIN", { name: "Ada Admin" });
  const manager = await addMember(org.id, "MANAGER", { name: "Maya Manager", teamId: team.id });
  const rep = await addMember(org.id, "REP", { name: "Rita Rep", teamId: team.id });
  const { invitation } = await createInvitation(db, { organizationId: org.id, userId: owner.id }, { email: `pending-${uid()}@example.test`, role: "REP" });
  const apiKey = await createApiKey(db, { organizationId: org.id, userId: owner.id }, { name: "Fixture key", scopes: ["read"] });
  await db.activity.create({ data: { organizationId: org.id, repId: rep.rep.id, kind: "COMMENT", occurredAt: new Date(), source: "MANUAL", externalId: `fx-${uid()}` } });
  return { org, owner, admin, manager, rep, team, invitation, apiKey };
}
export type SettingsFixture = Awaited<ReturnType<typeof settingsFixture>>;

/** Calls a procedure of a caller by its dotted path ("settings.org.get"). */
export function procedureAt(caller: unknown, path: string): (input: unknown) => Promise<unknown> {
  const fn = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  if (typeof fn !== "function") throw new Error(`no procedure at ${path}`);
  return fn as (input: unknown) => Promise<unknown>;
}
