import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { db } from "~/server/db";

/** Puts bytes where an upload would land and registers an ImportJob for the rep. */
export async function stageImport(rep: { id: string; organizationId: string }, fileName: string, bytes: Uint8Array | string) {
  const dir = resolve(process.env.UPLOAD_DIR ?? ".data/test-uploads");
  await mkdir(dir, { recursive: true });
  const storagePath = join(dir, `${randomUUID()}.upload`);
  await writeFile(storagePath, bytes);
  return db.importJob.create({
    data: { organizationId: rep.organizationId, repId: rep.id, fileName, fileSize: typeof bytes === "string" ? bytes.length : bytes.byteLength, storagePath },
  });
}
