import type { Db } from "~/server/db";
import type { Caller } from "~/server/caller";
import { resolveVisibleRep } from "~/server/services/reps/access";
import { repTeamMap } from "~/server/services/teams/rep-teams";
import { forecastGoal } from "~/domain/goals/forecast";

/**
 * A rep's goal: their personal target if set, else their team's, else the organisation's (70 by
 * default), with progress, the forecast week and on-track / at-risk status from recent snapshots.
 */
export async function getRepGoal(db: Db, caller: Caller, repId?: string) {
  const rep = await resolveVisibleRep(db, caller, repId);
  const org = await db.organization.findUniqueOrThrow({
    where: { id: caller.organizationId },
    select: { goalTarget: true, minPersonalTarget: true },
  });
  const personal = await db.goal.findUnique({ where: { repId: rep.id } });
  const teamId = (await repTeamMap(db, caller.organizationId)).get(rep.id);
  const team = !personal && teamId ? await db.goal.findUnique({ where: { teamId } }) : null;
  const goal = personal ?? team;
  const target = goal?.target ?? org.goalTarget;
  const dueDate = goal?.dueDate ?? null;

  const snapshots = await db.weeklySnapshot.findMany({
    where: { repId: rep.id, organizationId: caller.organizationId },
    orderBy: { weekStart: "desc" },
    take: 12,
    select: { isoWeek: true, total: true },
  });
  const current = await db.scoreCurrent.findUnique({ where: { repId: rep.id }, select: { total: true } });
  const weekly = snapshots.reverse().map((s) => ({ isoWeek: s.isoWeek, total: s.total }));
  const forecast = forecastGoal({ weekly, target, ...(dueDate ? { dueDate } : {}) });
  return {
    repId: rep.id,
    target,
    dueDate: dueDate?.toISOString().slice(0, 10) ?? null,
    source: personal ? ("personal" as const) : team ? ("team" as const) : ("organization" as const),
    orgTarget: org.goalTarget,
    minPersonalTarget: org.minPersonalTarget,
    current: current?.total ?? weekly.at(-1)?.total ?? null,
    ...forecast,
  };
}
