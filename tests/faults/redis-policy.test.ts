// A misconfigured Redis: the worker warns at start unless maxmemory-policy is noeviction (BullMQ
// loses jobs to eviction), and tolerates CONFIG being disabled (managed Redis often renames it).
import { Writable } from "node:stream";
import type { Redis } from "ioredis";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { createRedis } from "~/server/redis";
import { checkRedisPolicy } from "../../workers/redis-policy";

function capture() {
  const lines: { level: number; msg: string; policy?: string | null }[] = [];
  const log = pino({ level: "info" }, new Writable({ write: (chunk: Buffer, _e, cb) => (lines.push(JSON.parse(chunk.toString())), cb()) }));
  return { log, warnings: () => lines.filter((l) => l.level === 40) };
}
const fakeRedis = (config: () => Promise<unknown>) => ({ config }) as unknown as Redis;

describe("worker start-up: Redis maxmemory-policy", () => {
  it("reads the real server's policy and warns only when it is not noeviction", async () => {
    const redis = createRedis("request");
    try {
      const { log, warnings } = capture();
      const policy = await checkRedisPolicy(redis, log);
      const actual = ((await redis.config("GET", "maxmemory-policy")) as string[])[1];
      expect(policy).toBe(actual);
      expect(warnings()).toHaveLength(policy === "noeviction" ? 0 : 1);
    } finally {
      redis.disconnect();
    }
  });

  it("warns on an eviction policy, stays quiet on noeviction", async () => {
    const lru = capture();
    expect(await checkRedisPolicy(fakeRedis(async () => ["maxmemory-policy", "allkeys-lru"]), lru.log)).toBe("allkeys-lru");
    expect(lru.warnings()).toMatchObject([{ policy: "allkeys-lru", msg: expect.stringMatching(/noeviction/) }]);
    const ok = capture();
    expect(await checkRedisPolicy(fakeRedis(async () => ["maxmemory-policy", "noeviction"]), ok.log)).toBe("noeviction");
    expect(ok.warnings()).toHaveLength(0);
  });

  it("tolerates CONFIG being disabled: a warning, no crash", async () => {
    const { log, warnings } = capture();
    const disabled = fakeRedis(async () => {
      throw new Error("ERR unknown command 'CONFIG'");
    });
    expect(await checkRedisPolicy(disabled, log)).toBeNull();
    expect(warnings()).toMatchObject([{ msg: expect.stringMatching(/could not read/) }]);
  });
});
