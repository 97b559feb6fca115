import { randomUUID } from "node:crypto";
import { mkdir, rename, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { env } from "~/env";
import type { Db } from "~/server/db";
import { badRequest, forbidden } from "~/server/errors";
import { hasRole } from "~/domain/roles";
import type { Caller } from "~/server/caller";
import { resolveVisibleRep } from "~/server/services/reps/access";
import { detectInput, isArchiveError } from "./linkedin";

/** A safe display name for an uploaded file (no path, no control characters, bounded length). */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "upload";
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200);
  return clean || "upload";
}

/**
 * Registers an uploaded file (already streamed to `tmpPath`) as an import for a rep: a rep imports
 * their own archive; an admin may import for any rep of the organisation. Refuses anything that
 * is not a ZIP or CSV before queueing. Returns the ImportJob row.
 */
export async function createImport(db: Db, caller: Caller, input: { repId?: string; fileName: string; tmpPath: string }) {
  const rep = await resolveVisibleRep(db, caller, input.repId);
  if (rep.userId !== caller.userId && !hasRole(caller.role, "ADMIN")) {
    throw forbidden("Only admins can import an archive for another rep");
  }
  const fileName = cleanFileName(input.fileName);
  let size: number;
  try {
    ({ size } = await detectInput(input.tmpPath, fileName, env.IMPORT_MAX_BYTES));
  } catch (err) {
    await unlink(input.tmpPath).catch(() => {});
    if (isArchiveError(err)) throw badRequest(err.userMessage, { file: err.userMessage });
    throw err;
  }
  const dir = resolve(env.UPLOAD_DIR);
  await mkdir(dir, { recursive: true });
  const storagePath = join(dir, `${randomUUID()}.upload`);
  await rename(input.tmpPath, storagePath);
  return db.importJob.create({
    data: {
      organizationId: caller.organizationId,
      repId: rep.id,
      createdById: caller.userId,
      fileName,
      fileSize: size,
      storagePath,
    },
  });
}
