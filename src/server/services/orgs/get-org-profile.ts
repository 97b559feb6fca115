import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { industryOptions } from "~/server/services/benchmarks/reference-csv";
import { timeZoneOptions } from "~/lib/settings/schemas";
import type { TenantActor } from "~/server/caller";

export const ORG_PROFILE_SELECT = {
  id: true,
  name: true,
  slug: true,
  industry: true,
  timezone: true,
  goalTarget: true,
  minPersonalTarget: true,
  icpTitles: true,
  icpIndustries: true,
  repLeaderboardEnabled: true,
} as const;

/** The organisation's profile with the choices the form offers (industries, time zones). */
export async function getOrgProfile(db: Db, actor: TenantActor) {
  const org = await db.organization.findUnique({ where: { id: actor.organizationId }, select: ORG_PROFILE_SELECT });
  if (!org) throw notFound("Organisation not found");
  const own = await db.orgBenchmark.findMany({ where: { organizationId: actor.organizationId }, select: { industry: true }, orderBy: { industry: "asc" } });
  const industries = industryOptions();
  for (const { industry } of own) if (!industries.some((i) => i.key === industry)) industries.push({ key: industry, label: `${industry} (your benchmark)` });
  const zones = timeZoneOptions();
  // An older zone name (e.g. "Asia/Calcutta") stays selectable when the organisation uses it.
  if (!zones.includes(org.timezone)) zones.unshift(org.timezone);
  return { org, industries, timeZones: zones };
}

export async function allowedIndustries(db: Db, organizationId: string): Promise<Set<string>> {
  const own = await db.orgBenchmark.findMany({ where: { organizationId }, select: { industry: true } });
  return new Set([...industryOptions().map((i) => i.key), ...own.map((o) => o.industry)]);
}
