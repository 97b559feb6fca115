import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { db } from "~/server/db";
import { downloadResponse } from "~/server/http/download";
import { orgSessionRoute } from "~/server/http/org-session-route";
import { exportOrganizationId, openExportDownload } from "~/server/services/org-data/exports";

export const dynamic = "force-dynamic";

const validId = (id: string) => /^[\w-]{1,64}$/.test(id);

/**
 * Download of a finished organisation export. Session cookie (SameSite=Lax, read-only GET); the
 * user must be an admin or owner of the export's organisation, read fresh from the database.
 * The ZIP is streamed from disk, never loaded into memory.
 */
export const GET = orgSessionRoute<{ id: string }>(
  {
    org: (_req, { id }) => (validId(id) ? exportOrganizationId(db, id) : null),
    role: { atLeast: "ADMIN", message: "Only admins can download exports." },
    unauthorizedMessage: "Sign in to download the export.",
    notFoundMessage: "Export not found",
    failureMessage: "The download failed. Try again.",
  },
  async ({ db, caller, org, log, requestId }, { id }) => {
    const file = await openExportDownload(db, caller, { exportJobId: id, orgSlug: org.slug });
    const body = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
    log.info({ exportJobId: id, bytes: file.size }, "export downloaded");
    return downloadResponse(body, { contentType: "application/zip", fileName: file.fileName, size: file.size, requestId });
  },
);
