import { z } from "zod";
import { defineJob, RETRY_WITH_BACKOFF } from "../define-job";

export const weeklyReportPayload = z.object({
  organizationId: z.string().min(1),
  /** Omitted by the scheduler: the last ISO week completed in the org's time zone. */
  isoWeek: z.string().regex(/^\d{4}-W\d{2}$/).optional(),
});
export type WeeklyReportPayload = z.infer<typeof weeklyReportPayload>;

/** The organisation's weekly run: makes sure the week's snapshot exists, then fans out one job per recipient. */
export const weeklyReportJob = defineJob({
  name: "weekly-report",
  schema: weeklyReportPayload,
  defaults: RETRY_WITH_BACKOFF,
  concurrency: 1,
  handler: () => import("./weekly-report.handler"),
});

export const sendReportPayload = z.object({
  organizationId: z.string().min(1),
  userId: z.string().min(1),
  isoWeek: z.string().regex(/^\d{4}-W\d{2}$/),
  kind: z.enum(["REP_REPORT", "MANAGER_REPORT"]),
});
export type SendReportPayload = z.infer<typeof sendReportPayload>;

/** One e-mail; the deterministic job id plus the EmailLog claim make it exactly-once per user and week. */
export const sendReportJob = defineJob({
  name: "send-report",
  schema: sendReportPayload,
  defaults: {
    attempts: 6,
    backoff: { type: "exponential", delay: 10_000 },
    removeOnComplete: { age: 14 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  concurrency: 8,
  jobId: (p) => `report.${p.organizationId}.${p.userId}.${p.isoWeek}.${p.kind}`,
  handler: () => import("./send-report.handler"),
});
