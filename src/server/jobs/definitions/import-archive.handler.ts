import { UnrecoverableError } from "bullmq";
import { db } from "~/server/db";
import { isArchiveError } from "~/server/services/imports/linkedin";
import { failImport, runImport } from "~/server/services/imports/run-import";
import type { JobHandler } from "../define-job";
import { enqueue } from "../queues";
import { importArchiveJob, type ImportArchivePayload } from "./import-archive";
import { repHistoryJob } from "./rep-history";

const handler: JobHandler<ImportArchivePayload> = async ({ importJobId }, { progress, attempt, log }) => {
  try {
    const summary = await runImport(db, { importJobId, onProgress: progress });
    const job = await db.importJob.findUniqueOrThrow({ where: { id: importJobId }, select: { organizationId: true, repId: true } });
    await enqueue(repHistoryJob, job);
    return { imported: summary.imported, duplicates: summary.duplicates, rejected: summary.rejected };
  } catch (err) {
    if (isArchiveError(err)) {
      // The file itself is the problem: retrying cannot help.
      await failImport(db, importJobId, err.userMessage);
      throw new UnrecoverableError(err.userMessage);
    }
    if (attempt >= (importArchiveJob.defaults.attempts ?? 1)) {
      log.error({ err, importJobId }, "import failed on its last attempt");
      await failImport(db, importJobId, "The import failed unexpectedly and nothing was stored. Please try again.");
    }
    throw err;
  }
};
export default handler;
