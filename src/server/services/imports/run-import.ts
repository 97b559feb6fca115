import type { ActivityKind, Prisma } from "@prisma/client";
import { unlink } from "node:fs/promises";
import { env } from "~/env";
import type { Db, Tx } from "~/server/db";
import { insertActivities, type ActivityRow } from "~/server/services/activity/insert-activities";
import { recomputeRepScore } from "~/server/services/scores/recompute-rep";
import { backfillSnapshots } from "~/server/services/snapshots/backfill";
import { applyProfileFacts } from "./apply-profile-facts";
import { summarize, type ImportSummary } from "./import-summary";
import { parseLinkedInExport, type ParsedActivity } from "./linkedin";

export const IMPORT_BACKFILL_WEEKS = 26;
type Tally = Map<ActivityKind, { imported: number; duplicates: number }>;

async function insertBatch(tx: Tx, rep: { id: string; organizationId: string }, batch: ParsedActivity[], tally: Tally) {
  const rows: ActivityRow[] = batch.map((a) => ({
    organizationId: rep.organizationId,
    repId: rep.id,
    kind: a.kind,
    occurredAt: a.occurredAt,
    source: "IMPORT",
    // Keys are rep-independent; the rep id keeps two reps' identical rows apart.
    externalId: `${rep.id}:${a.externalKey}`,
    quantity: a.quantity ?? 1,
    counterpart: a.counterpart ?? null,
    counterpartTitle: a.counterpartTitle ?? null,
    thread: a.thread ?? null,
    format: a.format ?? null,
    metadata: (a.metadata as Prisma.InputJsonValue | undefined) ?? null,
  }));
  const inserted = new Set(await insertActivities(tx, rows));
  for (const r of rows) {
    const t = tally.get(r.kind) ?? { imported: 0, duplicates: 0 };
    if (inserted.has(r.externalId)) t.imported++;
    else t.duplicates++;
    tally.set(r.kind, t);
  }
}

/**
 * Imports one uploaded LinkedIn export for its rep. Everything the archive holds is written in one
 * transaction (a damaged archive or a crash stores nothing); parsing and inserting overlap (the
 * parser reads the next batch while PostgreSQL stores the previous one). Then the rep's score and
 * weekly snapshots are recomputed. Safe to run again: stored rows are skipped as duplicates, and
 * a job whose data already committed goes straight to the scoring step.
 */
export async function runImport(
  db: Db,
  opts: { importJobId: string; onProgress?: (percent: number) => void | Promise<void>; now?: Date },
): Promise<ImportSummary> {
  const job = await db.importJob.findUniqueOrThrow({ where: { id: opts.importJobId }, include: { rep: true } });
  const now = opts.now ?? new Date();
  let summary = job.result as ImportSummary | null;

  if (!summary) {
    if (!job.storagePath) throw new Error(`import ${job.id} has no stored upload`);
    await db.importJob.update({ where: { id: job.id }, data: { status: "RUNNING", startedAt: now, error: null } });
    const tally: Tally = new Map();
    summary = await db.$transaction(
      async (tx) => {
        let pending: Promise<void> = Promise.resolve();
        const parsed = await parseLinkedInExport(
          { path: job.storagePath!, fileName: job.fileName },
          {
            limits: { maxBytes: env.IMPORT_MAX_BYTES, maxUncompressedBytes: env.IMPORT_MAX_UNCOMPRESSED_BYTES },
            batchSize: 2_000,
            onBatch: async (batch) => {
              await pending; // at most one insert in flight: back-pressure, and its error surfaces here
              pending = insertBatch(tx, job.rep, batch, tally);
              pending.catch(() => {}); // observed by the next await
            },
            onProgress: (f) => opts.onProgress?.(Math.min(85, Math.round(f * 85))),
          },
        );
        await pending;
        const profileUpdated = await applyProfileFacts(tx, job.rep, parsed, job.fileName, now);
        const result = summarize(parsed, tally, profileUpdated);
        await tx.importJob.update({ where: { id: job.id }, data: { result: result as unknown as Prisma.InputJsonValue, progress: 85 } });
        return result;
      },
      { timeout: 30 * 60_000, maxWait: 30_000 },
    );
    // A big import changes the table's statistics enough to mislead the planner until autovacuum.
    if (summary.imported > 5_000) await db.$executeRaw`ANALYZE "Activity"`;
  }

  await opts.onProgress?.(88);
  await recomputeRepScore(db, { organizationId: job.organizationId, repId: job.repId });
  const backfill = await backfillSnapshots(db, {
    organizationId: job.organizationId,
    weeks: IMPORT_BACKFILL_WEEKS,
    repIds: [job.repId],
    onWeek: (_w, done, total) => opts.onProgress?.(88 + Math.round((done / total) * 11)),
  });
  summary = { ...summary, snapshotWeeks: backfill.weeks.length };
  await db.importJob.update({
    where: { id: job.id },
    data: { status: "SUCCEEDED", progress: 100, finishedAt: new Date(), result: summary as unknown as Prisma.InputJsonValue, storagePath: null },
  });
  if (job.storagePath) await unlink(job.storagePath).catch(() => {});
  await opts.onProgress?.(100);
  return summary;
}

/** Records a final failure (the upload is deleted; nothing from it was stored). */
export async function failImport(db: Db, importJobId: string, message: string): Promise<void> {
  const job = await db.importJob.findUnique({ where: { id: importJobId }, select: { storagePath: true } });
  await db.importJob.update({
    where: { id: importJobId },
    data: { status: "FAILED", error: message, finishedAt: new Date(), storagePath: null },
  });
  if (job?.storagePath) await unlink(job.storagePath).catch(() => {});
}
