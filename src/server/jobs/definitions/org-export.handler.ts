import { db } from "~/server/db";
import { failExport, runExport } from "~/server/services/org-data/run-export";
import type { JobHandler } from "../define-job";
import { orgExportJob, type OrgExportPayload } from "./org-export";

const handler: JobHandler<OrgExportPayload> = async ({ exportJobId }, { progress, attempt, log }) => {
  try {
    const r = await runExport(db, { exportJobId, onProgress: progress });
    return { rows: r.rows };
  } catch (err) {
    if (attempt >= (orgExportJob.defaults.attempts ?? 1)) {
      log.error({ err, exportJobId }, "export failed on its last attempt");
      await failExport(db, exportJobId, "The export failed. Try again.");
    }
    throw err;
  }
};
export default handler;
