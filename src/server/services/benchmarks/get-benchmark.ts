import type { Db } from "~/server/db";
import type { PillarKey } from "~/domain/scoring/types";
import { referenceBenchmarks } from "./reference-csv";

export type BenchmarkSource = "organization" | "platform" | "reference";

export interface Benchmark {
  industry: string;
  label: string;
  source: BenchmarkSource;
  sourceText: string;
  totalMean: number;
  totalStdDev: number;
  pillars: Record<PillarKey, number>;
  sampleSize: number;
  asOf: string;
}

/** Platform aggregates older than this are stale (the refresh job runs weekly). */
const PLATFORM_MAX_AGE_DAYS = 21;

/**
 * The benchmark an organisation is compared with: its own uploaded reference if any, else fresh
 * platform aggregates of its industry, else the committed reference values.
 */
export async function getBenchmark(db: Db, opts: { organizationId: string; industry: string; now?: Date }): Promise<Benchmark | null> {
  const now = opts.now ?? new Date();
  const custom = await db.orgBenchmark.findUnique({
    where: { organizationId_industry: { organizationId: opts.organizationId, industry: opts.industry } },
  });
  const ref = referenceBenchmarks().find((r) => r.industry === opts.industry);
  const label = ref?.label ?? opts.industry;
  if (custom) return fromRow(custom, "organization", label);
  const platform = await db.industryBenchmark.findUnique({ where: { industry_kind: { industry: opts.industry, kind: "PLATFORM" } } });
  if (platform && now.getTime() - platform.asOf.getTime() < PLATFORM_MAX_AGE_DAYS * 86_400_000) return fromRow(platform, "platform", label);
  // The REFERENCE row (synced from the committed CSV); the CSV itself if the sync has not run yet.
  const stored = await db.industryBenchmark.findUnique({ where: { industry_kind: { industry: opts.industry, kind: "REFERENCE" } } });
  if (stored) return fromRow(stored, "reference", label);
  if (!ref) return null;
  return {
    industry: ref.industry,
    label,
    source: "reference",
    sourceText: ref.source,
    totalMean: ref.total_mean,
    totalStdDev: ref.total_sd,
    pillars: { brand: ref.brand_mean, findPeople: ref.find_people_mean, engage: ref.engage_mean, relationships: ref.relationships_mean },
    sampleSize: ref.sample_size,
    asOf: ref.as_of,
  };
}

interface BenchmarkColumns {
  industry: string;
  source: string;
  totalMean: number;
  totalStdDev: number;
  brandMean: number;
  findPeopleMean: number;
  engageMean: number;
  relationshipsMean: number;
  sampleSize: number;
  asOf: Date;
}

function fromRow(row: BenchmarkColumns, source: BenchmarkSource, label: string): Benchmark {
  return {
    industry: row.industry,
    label,
    source,
    sourceText: row.source,
    totalMean: row.totalMean,
    totalStdDev: row.totalStdDev,
    pillars: { brand: row.brandMean, findPeople: row.findPeopleMean, engage: row.engageMean, relationships: row.relationshipsMean },
    sampleSize: row.sampleSize,
    asOf: row.asOf.toISOString().slice(0, 10),
  };
}

/** The benchmark of the caller's organisation, for its current industry. */
export async function getOrgBenchmark(db: Db, actor: { organizationId: string }): Promise<Benchmark | null> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { industry: true } });
  return getBenchmark(db, { organizationId: actor.organizationId, industry: org.industry });
}
