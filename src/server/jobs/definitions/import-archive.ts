import { z } from "zod";
import { defineJob } from "../define-job";

export const importArchivePayload = z.object({ organizationId: z.string().min(1), importJobId: z.string().min(1) });
export type ImportArchivePayload = z.infer<typeof importArchivePayload>;

/** Parses an uploaded LinkedIn export into the rep's activities, with live progress. */
export const importArchiveJob = defineJob({
  name: "import",
  schema: importArchivePayload,
  defaults: {
    attempts: 3,
    backoff: { type: "exponential", delay: 5_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  concurrency: 2,
  jobId: (p) => `import.${p.importJobId}`,
  handler: () => import("./import-archive.handler"),
});
