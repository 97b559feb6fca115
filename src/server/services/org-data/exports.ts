import { stat } from "node:fs/promises";
import type { Db } from "~/server/db";
import { AppError, notFound } from "~/server/errors";
import { orgExportJob } from "~/server/jobs/definitions/org-export";
import { enqueue, queueFor } from "~/server/jobs/queues";
import { logger } from "~/server/logger";
import { writeAudit } from "~/server/services/audit/write-audit";
import { hasRole, resolveMembership } from "~/server/services/members/resolve-membership";
import { failExport } from "./run-export";

/**
 * Starts an export of all the organisation's data as a background job. While one is queued or
 * running, asking again returns that one instead of starting a second.
 */
export async function requestExport(db: Db, opts: { organizationId: string; actorId: string; format: "json" | "csv" }) {
  const running = await db.exportJob.findFirst({
    where: { organizationId: opts.organizationId, status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true, format: true, status: true },
    orderBy: { createdAt: "desc" },
  });
  if (running) return { exportJobId: running.id, alreadyRunning: true };
  const job = await db.$transaction(async (tx) => {
    const created = await tx.exportJob.create({ data: { organizationId: opts.organizationId, createdById: opts.actorId, format: opts.format }, select: { id: true } });
    await writeAudit(tx, { organizationId: opts.organizationId, actorId: opts.actorId, action: "data.export_requested", targetType: "ExportJob", targetId: created.id, after: { format: opts.format } });
    return created;
  });
  try {
    await enqueue(orgExportJob, { organizationId: opts.organizationId, exportJobId: job.id });
  } catch (err) {
    logger.error({ err, exportJobId: job.id }, "could not queue the export");
    await failExport(db, job.id, "The export could not be queued (the job service is unavailable). Try again in a minute.");
    throw new AppError("PRECONDITION_FAILED", "Exports are temporarily unavailable. Try again in a minute.");
  }
  return { exportJobId: job.id, alreadyRunning: false };
}

/** Recent exports with live progress of the running one (from its BullMQ job). */
export async function listExports(db: Db, opts: { organizationId: string; now?: Date }) {
  const now = opts.now ?? new Date();
  const rows = await db.exportJob.findMany({
    where: { organizationId: opts.organizationId },
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

/**
 * The file behind GET /api/exports/<id>: the signed-in user must be an admin or owner of the
 * export's organisation. Someone outside it gets NOT_FOUND, exactly like an unknown id.
 */
export async function openExportDownload(db: Db, opts: { exportJobId: string; userId: string; now?: Date }) {
  const job = await db.exportJob.findUnique({
    where: { id: opts.exportJobId },
    select: { id: true, organizationId: true, status: true, filePath: true, expiresAt: true, format: true, createdAt: true },
  });
  if (!job) throw notFound("Export not found");
  const org = await resolveMembership(db, opts.userId, job.organizationId);
  if (!org) throw notFound("Export not found");
  if (!hasRole(org.role, "ADMIN")) throw new AppError("FORBIDDEN", "Only admins can download exports.");
  if (job.status !== "SUCCEEDED" || !job.filePath) throw new AppError("CONFLICT", "This export is not ready yet.");
  if (job.expiresAt && job.expiresAt <= (opts.now ?? new Date())) throw notFound("This export has expired. Start a new one.");
  const info = await stat(job.filePath).catch(() => null);
  if (!info) throw notFound("This export has expired. Start a new one.");
  const day = job.createdAt.toISOString().slice(0, 10);
  return { path: job.filePath, size: info.size, fileName: `${org.slug}-export-${day}-${job.format}.zip` };
}
