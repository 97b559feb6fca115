import { unlink } from "node:fs/promises";
import { env } from "~/env";
import { AppError } from "~/server/errors";
import { orgSessionRoute } from "~/server/http/org-session-route";
import { streamBodyToFile } from "~/server/http/stream-to-file";
import { queueImport } from "~/server/services/imports/queue-import";

export const dynamic = "force-dynamic";

/**
 * Upload of a LinkedIn export: the raw file is the body (streamed to disk, never buffered),
 * `?org=<slug>&rep=<repId?>&name=<file name>`. Cookie-authenticated, so besides the same-origin
 * check it requires the `x-ssi-upload` header, which a cross-site form cannot send.
 */
export const POST = orgSessionRoute(
  {
    org: (req) => req.nextUrl.searchParams.get("org"),
    csrfHeader: "x-ssi-upload",
    unauthorizedMessage: "Sign in to upload",
    failureMessage: "The upload failed. Try again.",
  },
  async ({ req, db, caller, log, requestId }) => {
    const declared = Number(req.headers.get("content-length") ?? "0");
    if (declared > env.IMPORT_MAX_BYTES) {
      throw new AppError("PAYLOAD_TOO_LARGE", `The file is larger than the ${Math.round(env.IMPORT_MAX_BYTES / 1024 / 1024)} MB limit.`);
    }
    const params = req.nextUrl.searchParams;
    let tmpPath: string | null = null;
    try {
      ({ path: tmpPath } = await streamBodyToFile(req.body, env.UPLOAD_DIR, env.IMPORT_MAX_BYTES));
      const queued = await queueImport(db, caller, { repId: params.get("rep") || undefined, fileName: params.get("name") ?? "upload", tmpPath }, log);
      tmpPath = null; // the import owns the file now
      return Response.json(queued, { status: 202, headers: { "x-request-id": requestId } });
    } finally {
      // Refused before the import took it (a moved file is already gone: unlink fails quietly).
      if (tmpPath) await unlink(tmpPath).catch(() => {});
    }
  },
);
