import type { Redis } from "ioredis";
import type { Logger } from "~/server/logger";

/** BullMQ loses jobs if Redis evicts keys; warn loudly unless maxmemory-policy is noeviction. */
export async function checkRedisPolicy(redis: Redis, log: Logger): Promise<string | null> {
  try {
    const reply = (await redis.config("GET", "maxmemory-policy")) as string[];
    const policy = reply[1] ?? null;
    if (policy !== "noeviction") {
      log.warn({ policy }, "Redis maxmemory-policy should be 'noeviction' for BullMQ; jobs may be lost");
    }
    return policy;
  } catch (err) {
    log.warn({ err }, "could not read Redis maxmemory-policy (CONFIG may be disabled)");
    return null;
  }
}
