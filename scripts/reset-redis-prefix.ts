// Deletes every Redis key under REDIS_PREFIX (used to give the e2e app a clean queue state).
import "~/lib/load-env";

const { env } = await import("~/env");
const { createRedis } = await import("~/server/redis");
const redis = createRedis("request");
let cursor = "0";
let deleted = 0;
do {
  const [next, keys] = await redis.scan(cursor, "MATCH", `${env.REDIS_PREFIX}:*`, "COUNT", 1000);
  if (keys.length) deleted += await redis.del(...keys);
  cursor = next;
} while (cursor !== "0");
console.log(`cleared ${deleted} Redis keys under "${env.REDIS_PREFIX}:"`);
await redis.quit();
