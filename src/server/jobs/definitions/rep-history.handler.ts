import { db } from "~/server/db";
import { backfillSnapshots } from "~/server/services/snapshots/backfill";
import type { JobHandler } from "../define-job";
import { REP_HISTORY_WEEKS, type RepHistoryPayload } from "./rep-history";

const handler: JobHandler<RepHistoryPayload> = async ({ organizationId, repId }, { progress }) => {
  const rep = await db.repProfile.findFirst({ where: { id: repId, organizationId }, select: { id: true } });
  if (!rep) return { skipped: "rep deleted" };
  const res = await backfillSnapshots(db, {
    organizationId,
    weeks: REP_HISTORY_WEEKS,
    repIds: [repId],
    onWeek: (_w, done, total) => progress((done / total) * 100),
  });
  return { weeks: res.weeks.length, rows: res.rows };
};
export default handler;
