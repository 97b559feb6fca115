import "server-only";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { importArchiveJob } from "~/server/jobs/definitions/import-archive";
import { queueFor } from "~/server/jobs/queues";
import { hasRole } from "~/domain/roles";
import type { Caller } from "~/server/caller";
import { visibleRepIds } from "~/server/services/reps/access";
import type { ImportSummary } from "./import-summary";

const select = {
  id: true,
  repId: true,
  status: true,
  fileName: true,
  fileSize: true,
  progress: true,
  error: true,
  result: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  rep: { select: { displayName: true } },
} as const;

/** One import with live progress (BullMQ job progress while it runs). */
export async function getImportStatus(db: Db, caller: Caller, importJobId: string) {
  const visible = await visibleRepIds(db, caller);
  const row = await db.importJob.findFirst({
    where: { id: importJobId, organizationId: caller.organizationId, ...(visible ? { repId: { in: visible } } : {}) },
    select,
  });
  if (!row) throw notFound("Import not found");
  let progress = row.progress;
  if (row.status === "QUEUED" || row.status === "RUNNING") {
    const job = await queueFor(importArchiveJob).getJob(`import.${row.id}`).catch(() => undefined);
    if (job && typeof job.progress === "number") progress = Math.max(progress, job.progress);
  }
  return { ...row, progress, result: row.result as ImportSummary | null, repName: row.rep.displayName };
}

/** Recent imports the caller may see (their own; all for admins). */
export async function listImports(db: Db, caller: Caller, opts: { take?: number } = {}) {
  const visible = hasRole(caller.role, "ADMIN") ? null : await visibleRepIds(db, caller);
  const rows = await db.importJob.findMany({
    where: { organizationId: caller.organizationId, ...(visible ? { repId: { in: visible } } : {}) },
    orderBy: { createdAt: "desc" },
    take: opts.take ?? 20,
    select,
  });
  return rows.map((r) => ({ ...r, result: r.result as ImportSummary | null, repName: r.rep.displayName }));
}
