import { z } from "zod";
import { defineJob, RETRY_WITH_BACKOFF } from "../define-job";

export const orgCreatedPayload = z.object({
  organizationId: z.string().min(1),
  actorId: z.string().min(1).nullable(),
});
export type OrgCreatedPayload = z.infer<typeof orgCreatedPayload>;

/** After sign-up: records the organisation's start and installs its schedules. */
export const orgCreatedJob = defineJob({
  name: "org-created",
  schema: orgCreatedPayload,
  defaults: RETRY_WITH_BACKOFF,
  jobId: (p) => `org-created.${p.organizationId}`, // BullMQ ids may not contain ":"
  handler: () => import("./org-created.handler"),
});
