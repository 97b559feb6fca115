import { stat } from "node:fs/promises";
import type { Db } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { orgExportJob } from "~/server/jobs/definitions/org-export";
import { enqueue, queueFor } from "~/server/jobs/queues";
import { logger } from "~/server/logger";
import { writeAudit } from "~/server/services/audit/write-audit";
import { failExport } from "./run-export";
import type { Caller, TenantActor } from "~/server/caller";

/**
 * Starts an export of all the organisation's data as a background job. While one is queued or
 * running, asking again returns that one instead of starting a second.
 */
export async function requestExport(db: Db, actor: TenantActor, input: { format: "json" | "csv" }) {
  const running = await db.exportJob.findFirst({
    where: { organizationId: actor.organizationId, status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true, format: true, status: true },
    orderBy: { createdAt: "desc" },
  });
  if (running) return { exportJobId: running.id, alreadyRunning: true };
  const job = await db.$transaction(async (tx) => {
    const created = await tx.exportJob.create({ data: { organizationId: actor.organizationId, createdById: actor.userId, format: input.format }, select: { id: true } });
    await writeAudit(tx, { organizationId: actor.organizationId, actorId: actor.userId, action: "data.export_requested", targetType: "ExportJob", targetId: created.id, after: { format: input.format } });
    return created;
  });
  try {
    await enqueue(orgExportJob, { organizationId: actor.organizationId, exportJobId: job.id });
  } catch (err) {
    logger.error({ err, exportJobId: job.id }, "could not queue the export");
    await failExport(db, job.id, "The export could not be queued (the job service is unavailable). Try again in a minute.");
    throw new AppError("PRECONDITION_FAILED", "Exports are temporarily unavailable. Try again in a minute.");
  }
  return { exportJobId: job.id, alreadyRunning: false };
}

/** Recent exports with live progress of the running one (from its BullMQ job). */
export async function listExports(db: Db, actor: TenantActor, input: { now?: Date } = {}) {
  const now = input.now ?? new Date();
  const rows = await db.exportJob.findMany({
    where: { organizationId: actor.organizationId },
    select: { id: true, status: true, format: true, error: true, createdAt: true, finishedAt: true, expiresAt: true, filePath: true, createdById: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 10,
  });
  return Promise.all(
    rows.map(async ({ filePath, ...r }) => {
      let progress = r.status === "SUCCEEDED" ? 100 : 0;
      if (r.status === "RUNNING" || r.status === "QUEUED") {
        const job = await queueFor(orgExportJob).getJob(`org-export.${r.id}`).catch(() => undefined);
        if (job && typeof job.progress === "number") progress = job.progress;
      }
      const downloadable = r.status === "SUCCEEDED" && Boolean(filePath) && (!r.expiresAt || r.expiresAt > now);
      return { ...r, progress, downloadable, downloadUrl: downloadable ? `/api/exports/${r.id}` : null };
    }),
  );
}

/** The organisation an export belongs to (to resolve the downloader's membership), or null. */
export async function exportOrganizationId(db: Db, exportJobId: string): Promise<string | null> {
  const job = await db.exportJob.findUnique({ where: { id: exportJobId }, select: { organizationId: true } });
  return job?.organizationId ?? null;
}

/**
 * The file behind GET /api/exports/<id>, for an admin or owner of the export's organisation (the
 * route checks the role). Another organisation's export is NOT_FOUND, exactly like an unknown id.
 */
export async function openExportDownload(db: Db, caller: Caller, opts: { exportJobId: string; orgSlug: string; now?: Date }) {
  const job = await db.exportJob.findFirst({
    where: { id: opts.exportJobId, organizationId: caller.organizationId },
    select: { id: true, status: true, filePath: true, expiresAt: true, format: true, createdAt: true },
  });
  if (!job) throw notFound("Export not found");
  if (job.status !== "SUCCEEDED" || !job.filePath) throw new AppError("CONFLICT", "This export is not ready yet.");
  if (job.expiresAt && job.expiresAt <= (opts.now ?? new Date())) throw notFound("This export has expired. Start a new one.");
  const info = await stat(job.filePath).catch(() => null);
  if (!info) throw notFound("This export has expired. Start a new one.");
  const day = job.createdAt.toISOString().slice(0, 10);
  return { path: job.filePath, size: info.size, fileName: `${opts.orgSlug}-export-${day}-${job.format}.zip` };
}
