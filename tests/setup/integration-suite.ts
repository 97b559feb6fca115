// Runs before each integration test file, in its worker: gives the suite a fresh database and
// its own Redis key prefix, before any app module reads the environment.
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { cloneTemplate, suiteDb } from "./test-db";

const worker = process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? "0";
process.env.DATABASE_URL = await cloneTemplate(suiteDb(worker));
process.env.REDIS_PREFIX = `ssitest:${worker}:${randomBytes(4).toString("hex")}`;
process.env.REDIS_URL ??= "redis://127.0.0.1:6379";
process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
process.env.APP_URL ??= "http://localhost:3000";

afterAll(async () => {
  const [{ db }, { closeQueues }, { sharedRedis }] = await Promise.all([
    import("~/server/db"),
    import("~/server/jobs/queues"),
    import("~/server/redis"),
  ]);
  await closeQueues();
  const redis = sharedRedis();
  // Remove this suite's keys so Redis stays clean between runs (some suites point at a dead Redis).
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${process.env.REDIS_PREFIX}:*`, "COUNT", 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
    await redis.quit();
  } catch {
    redis.disconnect();
  }
  await db.$disconnect();
  // In case the worker process is reused for the next file, drop the closed singletons.
  const g = globalThis as Record<string, unknown>;
  for (const key of ["__ssiRedis", "__ssiDb", "__ssiPool", "__ssiQueues", "__ssiLoginLimiters"]) delete g[key];
});
