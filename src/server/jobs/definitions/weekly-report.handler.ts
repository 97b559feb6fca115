import { db } from "~/server/db";
import { prepareWeeklyRun } from "~/server/services/reports/weekly-run";
import type { IsoWeek } from "~/domain/time/iso-week";
import { enqueueMany } from "../queues";
import type { JobHandler } from "../define-job";
import { reportBatchSize, sendReportJob, type WeeklyReportPayload } from "./weekly-report";

const handler: JobHandler<WeeklyReportPayload> = async ({ organizationId, isoWeek }, { log, progress }) => {
  const exists = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!exists) return { skipped: "organisation deleted" };
  const run = await prepareWeeklyRun(db, { organizationId, ...(isoWeek ? { isoWeek: isoWeek as IsoWeek } : {}) });
  await progress(50);
  // Same batches on every re-run (sorted, fixed size), so their deterministic job ids dedupe.
  const sorted = run.recipients.map((r) => ({ userId: r.userId, kind: r.kind })).sort((a, b) => (a.userId + a.kind < b.userId + b.kind ? -1 : 1));
  const size = reportBatchSize();
  const batches = [];
  for (let i = 0; i < sorted.length; i += size) batches.push({ organizationId, isoWeek: run.isoWeek, recipients: sorted.slice(i, i + size) });
  await enqueueMany(sendReportJob, batches);
  log.info({ week: run.isoWeek, recipients: run.recipients.length }, "weekly reports queued");
  return { week: run.isoWeek, recipients: run.recipients.length };
};
export default handler;
