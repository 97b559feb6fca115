import { mkdir, rename, rm, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { env } from "~/env";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { csvLines, plainRow } from "./serialize";
import { delegateOf, tenantModels } from "./tenant-models";
import { ZipFileWriter } from "./zip-writer";

/** How long a finished export can be downloaded. */
export const EXPORT_TTL_DAYS = 7;
const PAGE = 2_000;

export const exportsDir = () => resolve(env.UPLOAD_DIR, "exports");
export const exportPath = (exportJobId: string) => join(exportsDir(), `${exportJobId}.zip`);

interface Section {
  file: string;
  columns: string[];
  total: number;
  /** Pages of rows, in a stable order. */
  pages: () => AsyncGenerator<Record<string, unknown>[]>;
}

const ORG_COLUMNS = ["id", "slug", "name", "industry", "timezone", "goalTarget", "minPersonalTarget", "icpTitles", "icpIndustries", "repLeaderboardEnabled", "reportDay", "reportHour", "repReportsEnabled", "managerReportsEnabled", "createdAt", "updatedAt"];
const USER_COLUMNS = ["id", "name", "email", "createdAt"];

/** What goes into the archive: the organisation, its members' identities, and every tenant table. */
function sections(db: Db, organizationId: string, counts: Map<string, number>): Section[] {
  const list: Section[] = [
    {
      file: "Organization",
      columns: ORG_COLUMNS,
      total: 1,
      pages: async function* () {
        yield [await db.organization.findUniqueOrThrow({ where: { id: organizationId } })];
      },
    },
    {
      file: "User",
      columns: USER_COLUMNS,
      total: counts.get("Membership") ?? 0,
      pages: async function* () {
        // Identities of the current members only (no password hashes, no other organisations).
        const users = await db.user.findMany({
          where: { memberships: { some: { organizationId } } },
          select: { id: true, name: true, email: true, createdAt: true },
          orderBy: { id: "asc" },
        });
        for (let i = 0; i < users.length; i += PAGE) yield users.slice(i, i + PAGE);
      },
    },
  ];
  for (const model of tenantModels()) {
    const delegate = delegateOf(db, model);
    list.push({
      file: model.name,
      columns: model.columns,
      total: counts.get(model.name) ?? 0,
      pages: async function* () {
        let after: unknown = undefined;
        for (;;) {
          const rows: Record<string, unknown>[] = await delegate.findMany({
            where: { organizationId, ...(after !== undefined ? { [model.idField]: { gt: after } } : {}) },
            select: Object.fromEntries(model.columns.map((c) => [c, true])),
            orderBy: { [model.idField]: "asc" },
            take: PAGE,
          });
          if (!rows.length) return;
          yield rows;
          if (rows.length < PAGE) return;
          after = rows[rows.length - 1]![model.idField];
        }
      },
    });
  }
  return list;
}

/**
 * Builds the organisation's export ZIP (JSON or CSV per table, plus manifest.json) into
 * UPLOAD_DIR/exports/<id>.zip. Idempotent: a retry rebuilds the file from scratch; a finished
 * export returns at once. Rows are read page by page and streamed into the archive.
 */
export async function runExport(db: Db, opts: { exportJobId: string; onProgress?: (percent: number) => Promise<void>; now?: Date }) {
  const job = await db.exportJob.findUnique({ where: { id: opts.exportJobId } });
  if (!job) throw notFound("Export not found");
  if (job.status === "SUCCEEDED" && job.filePath) return { filePath: job.filePath, rows: null };
  const organizationId = job.organizationId;
  const format = job.format === "csv" ? "csv" : "json";
  await db.exportJob.update({ where: { id: job.id }, data: { status: "RUNNING", error: null } });
  await removeExpiredExports(db, organizationId, opts.now);

  const counts = new Map<string, number>();
  for (const model of tenantModels()) counts.set(model.name, await delegateOf(db, model).count({ where: { organizationId } }));
  const parts = sections(db, organizationId, counts);
  const grand = parts.reduce((s, p) => s + p.total, 0) || 1;

  await mkdir(exportsDir(), { recursive: true });
  const final = exportPath(job.id);
  const partial = `${final}.part`;
  const zip = new ZipFileWriter(partial);
  const manifest: { file: string; table: string; rows: number }[] = [];
  let done = 0;
  let lastReported = -1;
  try {
    for (const part of parts) {
      const name = `${part.file}.${format}`;
      const file = zip.file(name);
      let rows = 0;
      if (format === "json") await file.write("[");
      for await (const page of part.pages()) {
        const plainRows = page.map((r) => plainRow(r, part.columns));
        if (format === "json") {
          await file.write((rows ? "," : "") + plainRows.map((r) => `\n${JSON.stringify(r)}`).join(","));
        } else {
          await file.write(csvLines(plainRows, part.columns, rows === 0));
        }
        rows += page.length;
        done += page.length;
        const percent = Math.min(99, Math.floor((done / grand) * 100));
        if (percent !== lastReported) {
          lastReported = percent;
          await opts.onProgress?.(percent);
        }
      }
      if (format === "json") await file.write(rows ? "\n]\n" : "]\n");
      else if (rows === 0) await file.write(csvLines([], part.columns, true) || `${part.columns.join(",")}\r\n`);
      file.close();
      manifest.push({ file: name, table: part.file, rows });
    }
    const info = zip.file("manifest.json");
    await info.write(JSON.stringify({ organizationId, format, generatedAt: (opts.now ?? new Date()).toISOString(), files: manifest }, null, 2));
    info.close();
    await zip.finish();
    await rename(partial, final);
  } catch (err) {
    zip.abort();
    await rm(partial, { force: true });
    throw err;
  }
  const now = opts.now ?? new Date();
  await db.exportJob.update({
    where: { id: job.id },
    data: { status: "SUCCEEDED", filePath: final, finishedAt: now, expiresAt: new Date(now.getTime() + EXPORT_TTL_DAYS * 86_400_000) },
  });
  await opts.onProgress?.(100);
  return { filePath: final, rows: manifest.reduce((s, m) => s + m.rows, 0) };
}

export async function failExport(db: Db, exportJobId: string, message: string) {
  await db.exportJob.updateMany({ where: { id: exportJobId }, data: { status: "FAILED", error: message, finishedAt: new Date() } });
}

/** Expired archives are deleted from disk (the rows stay, as history, without a file). */
export async function removeExpiredExports(db: Db, organizationId: string, now = new Date()) {
  const expired = await db.exportJob.findMany({ where: { organizationId, expiresAt: { lt: now }, filePath: { not: null } }, select: { id: true, filePath: true } });
  for (const e of expired) {
    if (e.filePath) await unlink(e.filePath).catch(() => {});
    await db.exportJob.update({ where: { id: e.id }, data: { filePath: null } });
  }
}
