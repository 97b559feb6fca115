import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { logger } from "~/server/logger";
import { writeAudit } from "~/server/services/audit/write-audit";
import { syncOrgSchedules } from "~/server/services/schedules/org-schedules";
import type { ReportScheduleValues } from "~/lib/settings/schemas";
import { changedFields } from "../audit/changed-fields";
import type { TenantActor } from "~/server/caller";

const SELECT = { reportDay: true, reportHour: true, repReportsEnabled: true, managerReportsEnabled: true, timezone: true } as const;

export async function getReportSchedule(db: Db, actor: TenantActor) {
  const org = await db.organization.findUnique({ where: { id: actor.organizationId }, select: SELECT });
  if (!org) throw notFound("Organisation not found");
  return org;
}

/**
 * Saves the weekly report day, local hour and on/off switches, then moves the organisation's
 * BullMQ job schedulers (syncOrgSchedules). If the job service is down the change is kept and a
 * warning returned; saving again re-installs the schedules.
 */
export async function updateReportSchedule(db: Db, actor: TenantActor, input: { schedule: ReportScheduleValues }) {
  const saved = await db.$transaction(async (tx) => {
    const current = await tx.organization.findUnique({ where: { id: actor.organizationId }, select: SELECT });
    if (!current) throw notFound("Organisation not found");
    const diff = changedFields(current, input.schedule);
    if (!diff.changed.length) return current;
    const org = await tx.organization.update({ where: { id: actor.organizationId }, data: input.schedule, select: SELECT });
    await writeAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "org.report_schedule_updated",
      targetType: "Organization",
      targetId: actor.organizationId,
      before: diff.before as never,
      after: diff.after as never,
    });
    return org;
  });
  const warnings: string[] = [];
  await syncOrgSchedules(db, actor.organizationId).catch((err: unknown) => {
    logger.error({ err, organizationId: actor.organizationId }, "could not install the report schedule");
    warnings.push("Saved, but the schedule could not be installed yet (the job service is unavailable). Save again later.");
  });
  return { schedule: saved, warnings };
}
