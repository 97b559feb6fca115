import { z } from "zod";
import { defineJob, RETRY_WITH_BACKOFF } from "../define-job";

/** Weekly, platform-wide: recompute per-industry aggregates from the latest snapshots. */
export const benchmarksRefreshJob = defineJob({
  name: "benchmarks-refresh",
  schema: z.object({}).strict(),
  defaults: RETRY_WITH_BACKOFF,
  concurrency: 1,
  crossTenant: "aggregates every organisation's snapshots into per-industry benchmarks (only aggregates leave the query)",
  handler: () => import("./benchmarks-refresh.handler"),
});
