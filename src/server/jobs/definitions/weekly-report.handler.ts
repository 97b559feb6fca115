import { db } from "~/server/db";
import { prepareWeeklyRun } from "~/server/services/reports/weekly-run";
import type { IsoWeek } from "~/server/services/snapshots/iso-week";
import { enqueueMany } from "../queues";
import type { JobHandler } from "../define-job";
import { sendReportJob, type WeeklyReportPayload } from "./weekly-report";

const handler: JobHandler<WeeklyReportPayload> = async ({ organizationId, isoWeek }, { log, progress }) => {
  const exists = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!exists) return { skipped: "organisation deleted" };
  const run = await prepareWeeklyRun(db, { organizationId, ...(isoWeek ? { isoWeek: isoWeek as IsoWeek } : {}) });
  await progress(50);
  await enqueueMany(
    sendReportJob,
    run.recipients.map((r) => ({ organizationId, userId: r.userId, isoWeek: run.isoWeek, kind: r.kind })),
  );
  log.info({ week: run.isoWeek, recipients: run.recipients.length }, "weekly reports queued");
  return { week: run.isoWeek, recipients: run.recipients.length };
};
export default handler;
