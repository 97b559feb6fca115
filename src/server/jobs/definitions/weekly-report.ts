import { createHash } from "node:crypto";
import { z } from "zod";
import { env } from "~/env";
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
  isoWeek: z.string().regex(/^\d{4}-W\d{2}$/),
  /** A batch: report data is built set-based for all of them (see sendReports). */
  recipients: z.array(z.object({ userId: z.string().min(1), kind: z.enum(["REP_REPORT", "MANAGER_REPORT"]) })).min(1).max(500),
});
export type SendReportPayload = z.infer<typeof sendReportPayload>;

/** Recipients per send-report job (REPORT_BATCH_SIZE; 1 makes every e-mail its own job). */
export const reportBatchSize = () => env.REPORT_BATCH_SIZE;

/** One batch of e-mails; the deterministic job id plus the EmailLog claims make each exactly-once. */
export const sendReportJob = defineJob({
  name: "send-report",
  schema: sendReportPayload,
  defaults: {
    attempts: 6,
    backoff: { type: "exponential", delay: 10_000 },
    removeOnComplete: { age: 14 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  // I/O-bound (SMTP round trips, row updates): four batches at once per worker fill the pooled
  // transport's four connections.
  concurrency: 4,
  jobId: (p) =>
    `reports.${p.organizationId}.${p.isoWeek}.${createHash("sha1")
      .update(p.recipients.map((r) => `${r.userId}:${r.kind}`).join(","))
      .digest("hex")
      .slice(0, 16)}`,
  handler: () => import("./send-report.handler"),
});
