import { z } from "zod";
import { defineJob } from "../define-job";

export const orgExportPayload = z.object({ organizationId: z.string().min(1), exportJobId: z.string().min(1) });
export type OrgExportPayload = z.infer<typeof orgExportPayload>;

/** Builds an organisation's data export ZIP (ExportJob row + UPLOAD_DIR/exports/<id>.zip), with progress. */
export const orgExportJob = defineJob({
  name: "org-export",
  schema: orgExportPayload,
  defaults: {
    attempts: 3,
    backoff: { type: "exponential", delay: 5_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  concurrency: 1,
  jobId: (p) => `org-export.${p.exportJobId}`,
  handler: () => import("./org-export.handler"),
});
