import { z } from "zod";
import { defineJob, RETRY_WITH_BACKOFF } from "../define-job";

export const repHistoryPayload = z.object({ organizationId: z.string().min(1), repId: z.string().min(1) });
export type RepHistoryPayload = z.infer<typeof repHistoryPayload>;

/** Weeks of history a rebuild covers (what the dashboard's trend can show by default). */
export const REP_HISTORY_WEEKS = 26;

/** Rebuilds one rep's weekly snapshots after new historical data arrived (an archive import). */
export const repHistoryJob = defineJob({
  name: "rep-history",
  schema: repHistoryPayload,
  defaults: RETRY_WITH_BACKOFF,
  concurrency: 2,
  dedupe: (p) => `rep-history.${p.repId}`,
  handler: () => import("./rep-history.handler"),
});
