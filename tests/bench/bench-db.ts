// The benchmark database: separate from development and test data, kept between runs so the
// (slow) data generation happens once.
import { ensureDatabase, migrate } from "../../scripts/lib/services";

export const BENCH_DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/ssi_bench";

export async function prepareBenchDatabase(): Promise<void> {
  await ensureDatabase(BENCH_DATABASE_URL);
  migrate(BENCH_DATABASE_URL);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
