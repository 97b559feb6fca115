import type { NextRequest } from "next/server";
import { env } from "~/env";
import { requestUserId } from "~/server/auth/request-user";
import { AppError, toHttpStatus } from "~/server/errors";
import { csrfRefusal } from "~/server/http/csrf";
import { requestContext } from "~/server/http/request-context";
import { streamBodyToFile } from "~/server/http/stream-to-file";
import { importArchiveJob } from "~/server/jobs/definitions/import-archive";
import { enqueue } from "~/server/jobs/queues";
import { db } from "~/server/db";
import { createImport } from "~/server/services/imports/create-import";
import { failImport } from "~/server/services/imports/run-import";
import { resolveMembership } from "~/server/services/members/resolve-membership";

export const dynamic = "force-dynamic";

/**
 * Upload of a LinkedIn export: the raw file is the body (streamed to disk, never buffered),
 * `?org=<slug>&rep=<repId?>&name=<file name>`. Cookie-authenticated, so besides the same-origin
 * check it requires the `x-ssi-upload` header, which a cross-site form cannot send.
 */
export async function POST(req: NextRequest) {
  const { requestId, log } = requestContext(req);
  const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "x-request-id": requestId } });
  const fail = (e: AppError) => json(toHttpStatus(e.code), { error: { code: e.code, message: e.message } });

  const refusal = csrfRefusal(req, [new URL(env.APP_URL).origin], { requireJson: false });
  if (refusal || req.headers.get("x-ssi-upload") !== "1") return fail(new AppError("FORBIDDEN", refusal ?? "Missing upload header"));
  const userId = await requestUserId(req);
  if (!userId) return fail(new AppError("UNAUTHORIZED", "Sign in to upload"));
  const params = req.nextUrl.searchParams;
  const org = await resolveMembership(db, userId, params.get("org") ?? "");
  if (!org) return fail(new AppError("NOT_FOUND", "Organisation not found"));
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > env.IMPORT_MAX_BYTES) {
    return fail(new AppError("PAYLOAD_TOO_LARGE", `The file is larger than the ${Math.round(env.IMPORT_MAX_BYTES / 1024 / 1024)} MB limit.`));
  }

  let tmpPath: string | null = null;
  try {
    ({ path: tmpPath } = await streamBodyToFile(req.body, env.UPLOAD_DIR, env.IMPORT_MAX_BYTES));
    const job = await createImport(
      db,
      { organizationId: org.id, userId, role: org.role },
      { repId: params.get("rep") || undefined, fileName: params.get("name") ?? "upload", tmpPath },
    );
    tmpPath = null;
    try {
      await enqueue(importArchiveJob, { organizationId: org.id, importJobId: job.id });
    } catch (err) {
      log.error({ err, importJobId: job.id }, "could not queue the import");
      await failImport(db, job.id, "The import could not be queued (the job service is unavailable). Nothing was stored; try again in a minute.");
      return json(503, { error: { code: "SERVICE_UNAVAILABLE", message: "Imports are temporarily unavailable. Try again in a minute." } });
    }
    log.info({ importJobId: job.id, bytes: job.fileSize }, "import queued");
    return json(202, { importJobId: job.id, fileName: job.fileName, fileSize: job.fileSize });
  } catch (err) {
    if (err instanceof AppError) return fail(err);
    log.error({ err }, "upload failed");
    return json(500, { error: { code: "INTERNAL_SERVER_ERROR", message: "The upload failed. Try again." } });
  } finally {
    if (tmpPath) await import("node:fs/promises").then((fs) => fs.unlink(tmpPath!).catch(() => {}));
  }
}
