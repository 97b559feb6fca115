import type { Redis } from "ioredis";
import type { Db } from "~/server/db";

export type HealthReport = { db: "ok" | "down"; redis: "ok" | "down" };

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    p,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref()),
  ]);
}

/** Pings PostgreSQL and Redis concurrently, each with its own deadline. */
export async function checkHealth(deps: { db: Db; redis: Redis; timeoutMs?: number }): Promise<HealthReport> {
  const ms = deps.timeoutMs ?? 2_000;
  const [dbResult, redisResult] = await Promise.allSettled([
    withTimeout(deps.db.$queryRaw`SELECT 1`, ms),
    withTimeout(deps.redis.ping(), ms),
  ]);
  return {
    db: dbResult.status === "fulfilled" ? "ok" : "down",
    redis: redisResult.status === "fulfilled" && redisResult.value === "PONG" ? "ok" : "down",
  };
}
