import { z } from "zod";
import { defineJob } from "../define-job";

export const recomputePayload = z.object({ organizationId: z.string().min(1), repId: z.string().min(1) });
export type RecomputePayload = z.infer<typeof recomputePayload>;

/** Parallel serial lanes for recomputes (each rep always uses the same one). */
export const RECOMPUTE_PARTITIONS = 8;

/**
 * Recomputes one rep's current score. Deduplicated per rep while waiting, and partitioned into
 * serial lanes: a burst of 100 new activities leaves at most one running and one waiting job.
 */
export const recomputeJob = defineJob({
  name: "recompute",
  schema: recomputePayload,
  defaults: {
    attempts: 3,
    backoff: { type: "exponential", delay: 1_000 },
    removeOnComplete: { age: 3600, count: 2000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
  dedupe: (p) => `recompute.${p.repId}`,
  partitions: { count: RECOMPUTE_PARTITIONS, key: (p) => p.repId },
  handler: () => import("./recompute.handler"),
});
