// The cross-organisation sample for industry ranks. Other organisations contribute only a
// histogram of totals rounded to 0.1 plus counts: no row, id or name ever leaves the query.
import type { Db } from "~/server/db";
import { industryPercentile, MIN_PLATFORM_SAMPLE, type RankSource } from "~/domain/ranks/percentile";

/** Platform ranks need a sample this large and this diverse (else the reference applies). */
export const INDUSTRY_MIN_REPS = MIN_PLATFORM_SAMPLE;
export const INDUSTRY_MIN_ORGS = 3;

export interface IndustrySample {
  /** Ascending totals (expanded from the histogram). */
  sorted: number[];
  reps: number;
  orgs: number;
}

interface BucketRow {
  bucket: number;
  n: number;
  orgs: number;
}

/**
 * Totals of an industry's reps. With `isoWeek`: their snapshots of that week (other orgs only;
 * callers add their own fresh totals). Without: current scores of every organisation.
 */
export async function industrySample(db: Db, opts: { industry: string; isoWeek?: string; excludeOrgId?: string }): Promise<IndustrySample> {
  const rows = opts.isoWeek
    ? await db.$queryRaw<BucketRow[]>`
        SELECT round(s.total::numeric, 1)::float8 AS bucket, COUNT(*)::int AS n,
               (SELECT COUNT(DISTINCT s2."organizationId")::int FROM "WeeklySnapshot" s2 JOIN "Organization" o2 ON o2.id = s2."organizationId"
                WHERE o2.industry = ${opts.industry} AND s2."isoWeek" = ${opts.isoWeek} AND s2."organizationId" <> ${opts.excludeOrgId ?? ""}) AS orgs
        FROM "WeeklySnapshot" s JOIN "Organization" o ON o.id = s."organizationId"
        WHERE o.industry = ${opts.industry} AND s."isoWeek" = ${opts.isoWeek} AND s."organizationId" <> ${opts.excludeOrgId ?? ""}
        GROUP BY 1`
    : await db.$queryRaw<BucketRow[]>`
        SELECT round(c.total::numeric, 1)::float8 AS bucket, COUNT(*)::int AS n,
               (SELECT COUNT(DISTINCT c2."organizationId")::int FROM "ScoreCurrent" c2 JOIN "Organization" o2 ON o2.id = c2."organizationId"
                WHERE o2.industry = ${opts.industry} AND c2."organizationId" <> ${opts.excludeOrgId ?? ""}) AS orgs
        FROM "ScoreCurrent" c JOIN "Organization" o ON o.id = c."organizationId"
        WHERE o.industry = ${opts.industry} AND c."organizationId" <> ${opts.excludeOrgId ?? ""}
        GROUP BY 1`;
  const sorted: number[] = [];
  let reps = 0;
  let orgs = 0;
  for (const r of rows.sort((a, b) => a.bucket - b.bucket)) {
    for (let i = 0; i < r.n; i++) sorted.push(r.bucket);
    reps += r.n;
    orgs = r.orgs;
  }
  return { sorted, reps, orgs };
}

/** Adds one organisation's own totals to a sample of the others. */
export function withOwnTotals(sample: IndustrySample, own: readonly number[]): IndustrySample {
  if (own.length === 0) return sample;
  const sorted = [...sample.sorted, ...own.map((t) => Math.round(t * 10) / 10)].sort((a, b) => a - b);
  return { sorted, reps: sample.reps + own.length, orgs: sample.orgs + 1 };
}

export function industryRank(
  total: number,
  sample: IndustrySample,
  reference: { mean: number; sd: number } | null,
): { percentile: number; source: RankSource } | null {
  const platformOk = sample.reps >= INDUSTRY_MIN_REPS && sample.orgs >= INDUSTRY_MIN_ORGS;
  return industryPercentile({ value: total, platformSample: platformOk ? sample.sorted : [], reference, minSample: INDUSTRY_MIN_REPS });
}
