import type { Db } from "~/server/db";
import { forbidden, notFound } from "~/server/errors";
import { hasRole } from "~/domain/roles";
import type { Caller } from "~/server/caller";

export interface TeamRef {
  id: string;
  name: string;
}

/**
 * The teams a caller may look at in the team view, and the ones a request is about.
 * `teams`: every team in scope (an admin's: all of the org's; a manager's: those they manage).
 * `teamIds`: the teams this request covers (the selected one, or all of `teams`).
 */
export interface TeamScope {
  organizationId: string;
  /** Admins and owners see every team (and the whole organisation's individuals). */
  all: boolean;
  teams: TeamRef[];
  selected: TeamRef | null;
  teamIds: string[];
}

/** Picks the requested team out of the caller's teams (pure). A team outside them is NOT_FOUND. */
export function narrowScope(base: Omit<TeamScope, "selected" | "teamIds">, teamId?: string | null): TeamScope {
  if (!teamId) return { ...base, selected: null, teamIds: base.teams.map((t) => t.id) };
  const selected = base.teams.find((t) => t.id === teamId);
  // Another organisation's team, a team the manager does not manage and a made-up id look alike.
  if (!selected) throw notFound("Team not found");
  return { ...base, selected, teamIds: [selected.id] };
}

/** The caller's teams, ordered by name. Reps get FORBIDDEN: the team view is for managers. */
export async function resolveTeamScope(db: Db, caller: Caller, teamId?: string | null): Promise<TeamScope> {
  if (!hasRole(caller.role, "MANAGER")) throw forbidden("The team view is for managers and admins.");
  const all = hasRole(caller.role, "ADMIN");
  const teams = await db.team.findMany({
    where: {
      organizationId: caller.organizationId,
      ...(all ? {} : { members: { some: { userId: caller.userId, role: "MANAGER" } } }),
    },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return narrowScope({ organizationId: caller.organizationId, all, teams }, teamId);
}
