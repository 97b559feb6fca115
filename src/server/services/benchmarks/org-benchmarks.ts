import type { Db } from "~/server/db";
import { badRequest } from "~/server/errors";
import { writeAudit } from "~/server/services/audit/write-audit";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { benchmarkColumns, parseBenchmarkCsv, type BenchmarkRow } from "~/server/services/benchmarks/reference-csv";
import type { TenantActor } from "~/server/caller";

/** Upload limit for a benchmark CSV (a few hundred industries at most). */
export const BENCHMARK_CSV_MAX_CHARS = 200_000;

/** The organisation's uploaded rows and the benchmark its industry is compared with right now. */
export async function getOrgBenchmarks(db: Db, actor: TenantActor) {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { industry: true } });
  const [rows, effective] = await Promise.all([
    db.orgBenchmark.findMany({ where: { organizationId: actor.organizationId }, orderBy: { industry: "asc" } }),
    getBenchmark(db, { organizationId: actor.organizationId, industry: org.industry }),
  ]);
  return { industry: org.industry, rows, effective };
}

/**
 * Validates a CSV with the same rules as the committed reference file and reports every problem
 * (plus repeated industries) without saving anything.
 */
export function previewBenchmarkCsv(text: string): { rows: BenchmarkRow[]; errors: string[] } {
  const { rows, errors } = parseBenchmarkCsv(text);
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.industry)) errors.push(`industry "${r.industry}" appears more than once`);
    seen.add(r.industry);
  }
  if (!rows.length && !errors.length) errors.push("The file has no rows");
  return { rows, errors };
}

/** Replaces the organisation's own benchmark with a valid CSV (all rows or nothing). */
export async function saveOrgBenchmarks(db: Db, actor: TenantActor, input: { csv: string }) {
  const { rows, errors } = previewBenchmarkCsv(input.csv);
  if (errors.length) throw badRequest(`The CSV has ${errors.length} problem${errors.length === 1 ? "" : "s"}: ${errors.slice(0, 3).join("; ")}`, { csv: errors[0]! });
  return db.$transaction(async (tx) => {
    const before = await tx.orgBenchmark.findMany({ where: { organizationId: actor.organizationId }, select: { industry: true } });
    await tx.orgBenchmark.deleteMany({ where: { organizationId: actor.organizationId } });
    await tx.orgBenchmark.createMany({
      data: rows.map((r) => ({
        organizationId: actor.organizationId,
        industry: r.industry,
        ...benchmarkColumns(r),
      })),
    });
    await writeAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "benchmark.uploaded",
      targetType: "OrgBenchmark",
      before: { industries: before.map((b) => b.industry) },
      after: { industries: rows.map((r) => r.industry) },
    });
    return { saved: rows.length };
  });
}

/** Back to the platform's values (fresh platform aggregates, else the reference set). */
export async function removeOrgBenchmarks(db: Db, actor: TenantActor) {
  return db.$transaction(async (tx) => {
    const before = await tx.orgBenchmark.findMany({ where: { organizationId: actor.organizationId }, select: { industry: true } });
    if (!before.length) return { removed: 0 };
    await tx.orgBenchmark.deleteMany({ where: { organizationId: actor.organizationId } });
    await writeAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "benchmark.removed",
      targetType: "OrgBenchmark",
      before: { industries: before.map((b) => b.industry) },
    });
    return { removed: before.length };
  });
}
