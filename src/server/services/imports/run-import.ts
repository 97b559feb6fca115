import type { ActivityKind, Prisma } from "@prisma/client";
import { unlink } from "node:fs/promises";
import type { PoolClient } from "pg";
import { env } from "~/env";
import { pgPool, type Db } from "~/server/db";
import { insertActivitiesPg, type ActivityRow } from "~/server/services/activity/insert-activities";
import { recomputeRepScore } from "~/server/services/scores/recompute-rep";
import { applyProfileFacts, profileFactsUpdate } from "./apply-profile-facts";
import { summarize, type ImportSummary } from "./import-summary";
import { parseLinkedInExport, type ParsedActivity } from "./linkedin";

type Tally = Map<ActivityKind, { imported: number; duplicates: number }>;

async function insertBatch(client: PoolClient, rep: { id: string; organizationId: string }, batch: ParsedActivity[], tally: Tally) {
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
  const inserted = new Set(await insertActivitiesPg(client, rows));
  for (const r of rows) {
    const t = tally.get(r.kind) ?? { imported: 0, duplicates: 0 };
    if (inserted.has(r.externalId)) t.imported++;
    else t.duplicates++;
    tally.set(r.kind, t);
  }
}

/**
 * Imports one uploaded LinkedIn export for its rep: activities, profile facts and the summary are
 * written in ONE PostgreSQL transaction (a damaged archive or a crash stores nothing), with parsing
 * and inserting overlapped (the parser reads the next batch while PostgreSQL stores the previous
 * one). Then the rep's current score is recomputed; their weekly history is rebuilt by a follow-up
 * job (rep-history). Safe to run again: stored rows count as duplicates, and a job whose data
 * already committed goes straight to scoring.
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
    summary = await storeArchive(job as typeof job & { storagePath: string }, now, opts.onProgress);
    // A big import changes the table's statistics enough to mislead the planner until autovacuum.
    if (summary.imported > 5_000) await db.$executeRaw`ANALYZE "Activity"`;
  }

  await opts.onProgress?.(90);
  await recomputeRepScore(db, { organizationId: job.organizationId, repId: job.repId });
  await db.importJob.update({
    where: { id: job.id },
    data: { status: "SUCCEEDED", progress: 100, finishedAt: new Date(), storagePath: null },
  });
  if (job.storagePath) await unlink(job.storagePath).catch(() => {});
  await opts.onProgress?.(100);
  return summary;
}

async function storeArchive(
  job: { id: string; repId: string; organizationId: string; fileName: string; storagePath: string; rep: { id: string; organizationId: string; dataSources: Prisma.JsonValue } },
  now: Date,
  onProgress?: (percent: number) => void | Promise<void>,
): Promise<ImportSummary> {
  const client = await pgPool.connect();
  const tally: Tally = new Map();
  try {
    await client.query("BEGIN");
    let pending: Promise<void> = Promise.resolve();
    const parsed = await parseLinkedInExport(
      { path: job.storagePath, fileName: job.fileName },
      {
        limits: { maxBytes: env.IMPORT_MAX_BYTES, maxUncompressedBytes: env.IMPORT_MAX_UNCOMPRESSED_BYTES },
        batchSize: 2_000,
        // One transaction: a damaged archive fails mid-way and rolls back, so one inflate pass is enough.
        integrityPass: false,
        onBatch: async (batch) => {
          await pending; // at most one insert in flight: back-pressure, and its error surfaces here
          pending = insertBatch(client, job.rep, batch, tally);
          pending.catch(() => {}); // observed by the next await
        },
        onProgress: (f) => onProgress?.(Math.min(88, Math.round(f * 88))),
      },
    );
    await pending;
    const update = profileFactsUpdate(job.rep, parsed, job.fileName, now);
    await applyProfileFacts(client, job.rep, update);
    const result = summarize(parsed, tally, update.written);
    await client.query(`UPDATE "ImportJob" SET result = $3::jsonb, progress = 88 WHERE id = $1 AND "organizationId" = $2`, [job.id, job.organizationId, JSON.stringify(result)]);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
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
