import type { Db } from "~/server/db";
import { getBenchmark, type Benchmark } from "./get-benchmark";

const TTL_MS = 60_000;
const cache = new Map<string, { at: number; value: Promise<Benchmark | null> }>();

/**
 * getBenchmark, remembered for a minute per organisation and industry: a weekly e-mail run asks
 * for the same benchmark once per recipient. Benchmarks change weekly at most.
 */
export function cachedBenchmark(db: Db, organizationId: string, industry: string): Promise<Benchmark | null> {
  const key = `${organizationId}:${industry}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  const value = getBenchmark(db, { organizationId, industry });
  cache.set(key, { at: Date.now(), value });
  if (cache.size > 1000) cache.delete(cache.keys().next().value!);
  return value;
}
