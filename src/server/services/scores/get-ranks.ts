import type { Db } from "~/server/db";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { hasRole } from "~/domain/roles";
import { industryRank, industrySample } from "~/server/services/ranks/industry-sample";
import { percentileRank, sortSample, topPercent } from "~/domain/ranks/percentile";
import type { Caller } from "~/server/caller";
import { resolveVisibleRep } from "~/server/services/reps/access";
import { averageIfAllowed, MIN_GROUP_SIZE } from "~/domain/privacy";
import { repTeamMap } from "~/server/services/teams/rep-teams";

/**
 * Live ranks of a rep's current score: industry (platform sample across organisations when large
 * enough, else the reference distribution), organisation and team, with the averages beside them.
 * Averages over fewer than 3 people are withheld from reps.
 */
export async function getRanks(db: Db, caller: Caller, repId?: string) {
  const rep = await resolveVisibleRep(db, caller, repId);
  const org = await db.organization.findUniqueOrThrow({ where: { id: caller.organizationId }, select: { industry: true, name: true } });
  const scores = await db.scoreCurrent.findMany({
    where: { organizationId: caller.organizationId, rep: { archivedAt: null } },
    select: { repId: true, total: true },
  });
  const mine = scores.find((s) => s.repId === rep.id)?.total ?? null;
  const teams = await repTeamMap(db, caller.organizationId);
  const teamId = teams.get(rep.id) ?? null;
  const team = teamId ? await db.team.findFirst({ where: { id: teamId, organizationId: caller.organizationId }, select: { name: true } }) : null;
  const teamTotals = teamId ? scores.filter((s) => teams.get(s.repId) === teamId).map((s) => s.total) : [];
  const orgTotals = scores.map((s) => s.total);
  const seesIndividuals = hasRole(caller.role, "MANAGER");

  const benchmark = await getBenchmark(db, { organizationId: caller.organizationId, industry: org.industry });
  const sample = await industrySample(db, { industry: org.industry });
  const industry = mine === null ? null : industryRank(mine, sample, benchmark ? { mean: benchmark.totalMean, sd: benchmark.totalStdDev } : null);
  // A rank inside a group of two tells a rep exactly where the other person stands: withhold it.
  const pct = (totals: number[]) =>
    mine === null || (!seesIndividuals && totals.length < MIN_GROUP_SIZE) ? null : percentileRank(mine, sortSample(totals));
  const orgPct = pct(orgTotals);
  const teamPct = pct(teamTotals);

  return {
    total: mine,
    industry: {
      key: org.industry,
      label: benchmark?.label ?? org.industry,
      percentile: industry?.percentile ?? null,
      topPercent: industry ? topPercent(industry.percentile) : null,
      source: industry?.source ?? null,
      average: benchmark?.totalMean ?? null,
      benchmarkSource: benchmark?.source ?? null,
      benchmarkSourceText: benchmark?.sourceText ?? null,
    },
    organization: {
      name: org.name,
      size: orgTotals.length,
      percentile: orgPct,
      topPercent: orgPct === null ? null : topPercent(orgPct),
      average: averageIfAllowed(orgTotals, seesIndividuals),
    },
    team: team
      ? {
          name: team.name,
          size: teamTotals.length,
          percentile: teamPct,
          topPercent: teamPct === null ? null : topPercent(teamPct),
          average: averageIfAllowed(teamTotals, seesIndividuals),
          withheld: !seesIndividuals && teamTotals.length < MIN_GROUP_SIZE,
        }
      : null,
  };
}
