import { db } from "~/server/db";
import { lastCompletedWeek, type IsoWeek } from "~/domain/time/iso-week";
import { takeWeeklySnapshot } from "~/server/services/snapshots/take-weekly-snapshot";
import type { JobHandler } from "../define-job";
import type { WeeklySnapshotPayload } from "./weekly-snapshot";

const handler: JobHandler<WeeklySnapshotPayload> = async ({ organizationId, isoWeek }, { log, progress }) => {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { timezone: true } });
  if (!org) return { skipped: "organisation deleted" };
  const week = (isoWeek ?? lastCompletedWeek(new Date(), org.timezone)) as IsoWeek;
  const result = await takeWeeklySnapshot(db, { organizationId, isoWeek: week, onProgress: progress });
  log.info({ week, ...result }, "weekly snapshot written");
  return { week, ...result };
};
export default handler;
