import type { Db } from "~/server/db";
import type { Caller } from "~/server/caller";
import { resolveTeamScope } from "./scope";
import { membersCte } from "./sql-fragments";

export interface TeamOption {
  id: string;
  name: string;
  reps: number;
}

/** The teams a manager (or admin) can pick in the team view, with their number of reps. */
export async function listScopeTeams(db: Db, caller: Caller): Promise<{ all: boolean; teams: TeamOption[]; reps: number }> {
  const scope = await resolveTeamScope(db, caller);
  const counts = scope.teams.length
    ? await db.$queryRaw<{ teamId: string; reps: number }[]>`
        WITH members AS (${membersCte(caller.organizationId, scope.teamIds)})
        SELECT "teamId", count(*)::int AS reps FROM members GROUP BY "teamId"`
    : [];
  const byTeam = new Map(counts.map((c) => [c.teamId, c.reps]));
  const teams = scope.teams.map((t) => ({ ...t, reps: byTeam.get(t.id) ?? 0 }));
  return { all: scope.all, teams, reps: teams.reduce((s, t) => s + t.reps, 0) };
}
