import type { Db } from "~/server/db";
import { benchmarkColumns, referenceBenchmarks } from "./reference-csv";

/** Platform aggregates are published only over a sample this large (privacy and meaning). */
export const PLATFORM_MIN_REPS = 10;
export const PLATFORM_MIN_ORGS = 3;

/** Writes the committed reference CSV into IndustryBenchmark (kind REFERENCE); idempotent. */
export async function syncReferenceBenchmarks(db: Db): Promise<number> {
  const rows = referenceBenchmarks();
  for (const r of rows) {
    const data = { label: r.label, ...benchmarkColumns(r) };
    await db.industryBenchmark.upsert({
      where: { industry_kind: { industry: r.industry, kind: "REFERENCE" } },
      create: { industry: r.industry, kind: "REFERENCE", ...data },
      update: data,
    });
  }
  return rows.length;
}

interface AggRow {
  industry: string;
  n: number;
  orgs: number;
  total_mean: number;
  total_sd: number;
  brand: number;
  find_people: number;
  engage: number;
  relationships: number;
}

/**
 * Recomputes PLATFORM benchmarks from every rep's latest snapshot of the last 14 days, per
 * industry, across organisations. Only aggregates leave the query; industries whose sample is
 * too small lose their platform row (the reference values apply again).
 */
export async function refreshPlatformBenchmarks(db: Db, now = new Date()): Promise<{ published: string[]; withdrawn: number }> {
  const since = new Date(now.getTime() - 14 * 86_400_000);
  const rows = await db.$queryRaw<AggRow[]>`
    WITH latest AS (
      SELECT DISTINCT ON (s."repId") s."repId", s."organizationId", s.total, s.brand, s."findPeople", s.engage, s.relationships, o.industry
      FROM "WeeklySnapshot" s JOIN "Organization" o ON o.id = s."organizationId"
      WHERE s."computedAt" >= ${since}::timestamptz
      ORDER BY s."repId", s."weekStart" DESC
    )
    SELECT industry, COUNT(*)::int AS n, COUNT(DISTINCT "organizationId")::int AS orgs,
      AVG(total)::float8 AS total_mean, COALESCE(STDDEV_SAMP(total), 0)::float8 AS total_sd,
      AVG(brand)::float8 AS brand, AVG("findPeople")::float8 AS find_people, AVG(engage)::float8 AS engage,
      AVG(relationships)::float8 AS relationships
    FROM latest GROUP BY industry`;
  const published: string[] = [];
  const labels = new Map(referenceBenchmarks().map((r) => [r.industry, r.label]));
  for (const r of rows) {
    if (r.n < PLATFORM_MIN_REPS || r.orgs < PLATFORM_MIN_ORGS) continue;
    const data = {
      label: labels.get(r.industry) ?? r.industry,
      totalMean: r.total_mean,
      totalStdDev: Math.max(r.total_sd, 1),
      brandMean: r.brand,
      findPeopleMean: r.find_people,
      engageMean: r.engage,
      relationshipsMean: r.relationships,
      sampleSize: r.n,
      source: `SSI Coach platform: latest weekly scores of ${r.n} reps in ${r.orgs} organisations`,
      asOf: now,
    };
    await db.industryBenchmark.upsert({
      where: { industry_kind: { industry: r.industry, kind: "PLATFORM" } },
      create: { industry: r.industry, kind: "PLATFORM", ...data },
      update: data,
    });
    published.push(r.industry);
  }
  const { count } = await db.industryBenchmark.deleteMany({ where: { kind: "PLATFORM", industry: { notIn: published } } });
  return { published, withdrawn: count };
}
