import { z } from "zod";
import { defineJob } from "../define-job";

export const weeklySnapshotPayload = z.object({
  organizationId: z.string().min(1),
  /** Omitted by the scheduler: the last ISO week completed in the org's time zone at run time. */
  isoWeek: z.string().regex(/^\d{4}-W\d{2}$/).optional(),
});
export type WeeklySnapshotPayload = z.infer<typeof weeklySnapshotPayload>;

/** Writes every rep's snapshot for one ISO week; safe to re-run (unique per rep and week). */
export const weeklySnapshotJob = defineJob({
  name: "weekly-snapshot",
  schema: weeklySnapshotPayload,
  defaults: {
    attempts: 8,
    backoff: { type: "exponential", delay: 5_000 },
    removeOnComplete: { age: 30 * 24 * 3600 },
    removeOnFail: { age: 60 * 24 * 3600 },
  },
  concurrency: 1,
  handler: () => import("./weekly-snapshot.handler"),
});
