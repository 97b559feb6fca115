import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { NextRequest } from "next/server";
import { requestUserId } from "~/server/auth/request-user";
import { db } from "~/server/db";
import { AppError, toHttpStatus } from "~/server/errors";
import { downloadResponse } from "~/server/http/download";
import { requestContext } from "~/server/http/request-context";
import { openExportDownload } from "~/server/services/org-data/exports";

export const dynamic = "force-dynamic";

/**
 * Download of a finished organisation export. Session cookie (SameSite=Lax, read-only GET); the
 * user must be an admin or owner of the export's organisation, read fresh from the database.
 * The ZIP is streamed from disk, never loaded into memory.
 */
export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { requestId, log } = requestContext(req);
  const fail = (e: AppError) =>
    Response.json({ error: { code: e.code, message: e.message } }, { status: toHttpStatus(e.code), headers: { "x-request-id": requestId, "cache-control": "no-store" } });

  const userId = await requestUserId(req);
  if (!userId) return fail(new AppError("UNAUTHORIZED", "Sign in to download the export."));
  const { id } = await params;
  if (!/^[\w-]{1,64}$/.test(id)) return fail(new AppError("NOT_FOUND", "Export not found"));
  try {
    const file = await openExportDownload(db, { exportJobId: id, userId });
    const body = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
    log.info({ exportJobId: id, bytes: file.size }, "export downloaded");
    return downloadResponse(body, { contentType: "application/zip", fileName: file.fileName, size: file.size, requestId });
  } catch (err) {
    if (err instanceof AppError) return fail(err);
    log.error({ err }, "export download failed");
    return Response.json({ error: { code: "INTERNAL_SERVER_ERROR", message: "The download failed. Try again." } }, { status: 500, headers: { "x-request-id": requestId } });
  }
}
