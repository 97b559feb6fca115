import "server-only";
import { Redis, type RedisOptions } from "ioredis";
import { env } from "~/env";

/**
 * Redis connections. BullMQ workers need `maxRetriesPerRequest: null` (blocking commands);
 * request-path clients fail fast instead so a Redis outage answers 503 rather than hanging.
 */
export function createRedis(kind: "worker" | "request" = "request", url = env.REDIS_URL): Redis {
  const common: RedisOptions = { connectionName: `ssi-${kind}`, lazyConnect: false };
  const options: RedisOptions =
    kind === "worker"
      ? { ...common, maxRetriesPerRequest: null, enableReadyCheck: true }
      : { ...common, maxRetriesPerRequest: 1, connectTimeout: 2_000, enableOfflineQueue: true };
  const client = new Redis(url, options);
  // ioredis emits "error" on every failed reconnect; without a listener Node would crash.
  client.on("error", () => {});
  return client;
}

const globalForRedis = globalThis as unknown as { __ssiRedis?: Redis };
/** Shared request-path client (rate limits, health, queue producers). */
export function sharedRedis(): Redis {
  globalForRedis.__ssiRedis ??= createRedis("request");
  return globalForRedis.__ssiRedis;
}

/** Closes the shared client (CLIs and scripts: an open socket keeps Node running). */
export async function closeSharedRedis(): Promise<void> {
  const client = globalForRedis.__ssiRedis;
  globalForRedis.__ssiRedis = undefined;
  if (client) await client.quit().catch(() => client.disconnect());
}
