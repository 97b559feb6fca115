import type { Db } from "~/server/db";
import { forbidden } from "~/server/errors";
import { hasRole } from "~/domain/roles";
import type { Caller } from "~/server/caller";
import { rankLeaderboard, type LeaderboardResult } from "./leaderboard-rank";
import { membersCte } from "./sql-fragments";

export type LeaderboardScope = "team" | "organization";

export type TeamLeaderboard = LeaderboardResult & { scope: LeaderboardScope; group: string | null };

/**
 * The named leaderboard reps see when an admin turns it on: names and current totals of the
 * caller's team (or every team of the organisation), nothing else (no ids, no pillars). Managers
 * and admins may always look (it shows them nothing they cannot already see).
 */
export async function getLeaderboard(db: Db, caller: Caller, opts: { scope: LeaderboardScope }): Promise<TeamLeaderboard> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: caller.organizationId },
    select: { name: true, repLeaderboardEnabled: true },
  });
  if (!org.repLeaderboardEnabled && !hasRole(caller.role, "MANAGER")) {
    throw forbidden("The leaderboard is turned off for this organisation.");
  }
  const me = await db.repProfile.findUnique({
    where: { organizationId_userId: { organizationId: caller.organizationId, userId: caller.userId } },
    select: { id: true },
  });
  let teamIds: string[] | null = null;
  let group = org.name;
  if (opts.scope === "team") {
    const membership = await db.teamMember.findFirst({
      where: { organizationId: caller.organizationId, userId: caller.userId, role: "MEMBER" },
      orderBy: { createdAt: "asc" },
      select: { team: { select: { id: true, name: true } } },
    });
    if (!membership) return { scope: "team", group: null, withheld: true, size: 0, entries: [] };
    teamIds = [membership.team.id];
    group = membership.team.name;
  }
  const rows = await db.$queryRaw<{ id: string; name: string; total: number }[]>`
    WITH members AS (${membersCte(caller.organizationId, teamIds)})
    SELECT m.id, m."displayName" AS name, c.total
    FROM members m JOIN "ScoreCurrent" c ON c."repId" = m.id`;
  const ranked = rankLeaderboard(rows.map((r) => ({ name: r.name, total: r.total, isSelf: r.id === me?.id })));
  return { scope: opts.scope, group, ...ranked };
}
