import type { Db } from "~/server/db";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import type { Caller } from "~/server/caller";
import { lowestPillar, weakestPillar, type Pillars, type WeakestPillar } from "~/domain/team-view/pillars";
import { resolveTeamScope, type TeamRef } from "./scope";
import { membersCte } from "./sql-fragments";

/** More rows than this make a heatmap unreadable: the manager narrows it down with the team filter. */
export const HEATMAP_MAX_REPS = 100;

interface CellRow {
  id: string;
  displayName: string;
  teamId: string;
  teamName: string;
  total: number;
  brand: number;
  findPeople: number;
  engage: number;
  relationships: number;
  scored: number;
}

interface AverageRow {
  teamId: string | null;
  teamName: string | null;
  reps: number;
  brand: number;
  findPeople: number;
  engage: number;
  relationships: number;
}

const pillarsOf = (r: { brand: number; findPeople: number; engage: number; relationships: number }): Pillars => ({
  brand: r.brand,
  findPeople: r.findPeople,
  engage: r.engage,
  relationships: r.relationships,
});

export interface TeamHeatmap {
  team: TeamRef | null;
  reps: { id: string; name: string; team: string; total: number; pillars: Pillars; lowest: keyof Pillars }[];
  /** Scored reps in scope; `reps` holds the first HEATMAP_MAX_REPS of them by name. */
  scored: number;
  truncated: boolean;
  /** Per team (when the scope has several) and over the whole scope. */
  teams: { id: string; name: string; reps: number; pillars: Pillars }[];
  average: Pillars | null;
  industry: { label: string; pillars: Pillars } | null;
  weakest: WeakestPillar | null;
}

/** Reps × pillars (current scores), the team's pillar averages and the industry's, and the weakest pillar. */
export async function getTeamHeatmap(db: Db, caller: Caller, opts: { teamId?: string | null }): Promise<TeamHeatmap> {
  const scope = await resolveTeamScope(db, caller, opts.teamId);
  const org = caller.organizationId;
  const members = membersCte(org, scope.teamIds);
  const [cells, averages, orgRow] = await Promise.all([
    db.$queryRaw<CellRow[]>`
      WITH members AS (${members})
      SELECT m.id, m."displayName", m."teamId", m."teamName", c.total, c.brand, c."findPeople", c.engage, c.relationships,
             count(*) OVER ()::int AS scored
      FROM members m JOIN "ScoreCurrent" c ON c."repId" = m.id
      ORDER BY lower(m."displayName"), m.id
      LIMIT ${HEATMAP_MAX_REPS}`,
    db.$queryRaw<AverageRow[]>`
      WITH members AS (${members})
      SELECT m."teamId", min(m."teamName") AS "teamName", count(*)::int AS reps,
             avg(c.brand) AS brand, avg(c."findPeople") AS "findPeople", avg(c.engage) AS engage, avg(c.relationships) AS relationships
      FROM members m JOIN "ScoreCurrent" c ON c."repId" = m.id
      GROUP BY GROUPING SETS ((m."teamId"), ())
      ORDER BY min(m."teamName") NULLS FIRST`,
    db.organization.findUniqueOrThrow({ where: { id: org }, select: { industry: true } }),
  ]);
  const benchmark = await getBenchmark(db, { organizationId: org, industry: orgRow.industry });
  const overall = averages.find((a) => a.teamId === null && a.reps > 0);
  const average = overall ? pillarsOf(overall) : null;
  const industry = benchmark ? { label: benchmark.label, pillars: benchmark.pillars } : null;
  const scored = cells[0]?.scored ?? 0;
  return {
    team: scope.selected,
    reps: cells.map((c) => ({ id: c.id, name: c.displayName, team: c.teamName, total: c.total, pillars: pillarsOf(c), lowest: lowestPillar(pillarsOf(c)) })),
    scored,
    truncated: scored > cells.length,
    teams: averages
      .filter((a): a is AverageRow & { teamId: string } => a.teamId !== null)
      .map((a) => ({ id: a.teamId, name: a.teamName ?? "", reps: a.reps, pillars: pillarsOf(a) })),
    average,
    industry,
    weakest: average ? weakestPillar(average, industry?.pillars ?? null) : null,
  };
}
