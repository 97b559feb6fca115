import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";
import { AppError } from "~/server/errors";
import { importArchiveJob } from "~/server/jobs/definitions/import-archive";
import { enqueue } from "~/server/jobs/queues";
import type { Logger } from "~/server/logger";
import { createImport } from "./create-import";
import { failImport } from "./run-import";

/**
 * Registers an uploaded file as an import and queues its parsing. When the job service is down
 * the import is marked failed at once (nothing stored) and the caller gets SERVICE_UNAVAILABLE.
 */
export async function queueImport(db: Db, caller: Caller, input: { repId?: string; fileName: string; tmpPath: string }, log: Logger) {
  const job = await createImport(db, caller, input);
  try {
    await enqueue(importArchiveJob, { organizationId: caller.organizationId, importJobId: job.id });
  } catch (err) {
    log.error({ err, importJobId: job.id }, "could not queue the import");
    await failImport(db, job.id, "The import could not be queued (the job service is unavailable). Nothing was stored; try again in a minute.");
    throw new AppError("SERVICE_UNAVAILABLE", "Imports are temporarily unavailable. Try again in a minute.");
  }
  log.info({ importJobId: job.id, bytes: job.fileSize }, "import queued");
  return { importJobId: job.id, fileName: job.fileName, fileSize: job.fileSize };
}
