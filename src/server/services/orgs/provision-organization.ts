import { orgCreatedJob } from "~/server/jobs/definitions/org-created";
import { enqueue } from "~/server/jobs/queues";
import { logger } from "~/server/logger";

/**
 * Queues the set-up of a new organisation (schedules, first scores). A Redis outage does not undo
 * the sign-up: the organisation exists, and the worker re-installs every schedule when it starts.
 */
export async function queueOrganizationSetUp(organizationId: string, actorId: string): Promise<void> {
  await enqueue(orgCreatedJob, { organizationId, actorId }).catch((err: unknown) =>
    logger.error({ err, organizationId }, "could not enqueue org-created"),
  );
}
