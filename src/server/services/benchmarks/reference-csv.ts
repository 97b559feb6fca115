import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { z } from "zod";

/** One row of a benchmark CSV (the committed reference file or an admin upload). */
export const benchmarkRowSchema = z.object({
  industry: z.string().trim().regex(/^[a-z0-9-]{2,40}$/, "industry must be a short lowercase key like software"),
  label: z.string().trim().min(1).max(80),
  total_mean: z.coerce.number().min(0).max(100),
  total_sd: z.coerce.number().positive().max(50),
  brand_mean: z.coerce.number().min(0).max(25),
  find_people_mean: z.coerce.number().min(0).max(25),
  engage_mean: z.coerce.number().min(0).max(25),
  relationships_mean: z.coerce.number().min(0).max(25),
  sample_size: z.coerce.number().int().min(0),
  source: z.string().trim().min(1).max(300),
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "as_of must be YYYY-MM-DD"),
});
export type BenchmarkRow = z.infer<typeof benchmarkRowSchema>;

/** The stored columns of a row, as the platform's reference table and an org's own table keep them. */
export function benchmarkColumns(r: BenchmarkRow) {
  return {
    totalMean: r.total_mean,
    totalStdDev: r.total_sd,
    brandMean: r.brand_mean,
    findPeopleMean: r.find_people_mean,
    engageMean: r.engage_mean,
    relationshipsMean: r.relationships_mean,
    sampleSize: r.sample_size,
    source: r.source,
    asOf: new Date(`${r.as_of}T00:00:00Z`),
  };
}

export function parseBenchmarkCsv(text: string): { rows: BenchmarkRow[]; errors: string[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
  const rows: BenchmarkRow[] = [];
  const errors = parsed.errors.map((e) => `line ${(e.row ?? 0) + 2}: ${e.message}`);
  parsed.data.forEach((raw, i) => {
    const r = benchmarkRowSchema.safeParse(raw);
    if (r.success) rows.push(r.data);
    else errors.push(`line ${i + 2}: ${r.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
  });
  return { rows, errors };
}

let cached: BenchmarkRow[] | undefined;
/** The committed reference values (data/benchmarks/reference-industries.csv). */
export function referenceBenchmarks(): BenchmarkRow[] {
  if (!cached) {
    const { rows, errors } = parseBenchmarkCsv(readFileSync(join(process.cwd(), "data/benchmarks/reference-industries.csv"), "utf8"));
    if (errors.length) throw new Error(`reference benchmarks CSV is invalid: ${errors.join(" | ")}`);
    cached = rows;
  }
  return cached;
}

export function industryOptions(): { key: string; label: string }[] {
  return referenceBenchmarks().map((r) => ({ key: r.industry, label: r.label }));
}
