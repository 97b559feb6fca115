import { describe, expect, it } from "vitest";
import { GET } from "~/app/api/health/route";
import { createRedis } from "~/server/redis";
import { db } from "~/server/db";
import { checkHealth } from "~/server/services/health/check-health";

describe("health", () => {
  it("answers 200 with db and redis ok when both are up", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ db: "ok", redis: "ok" });
  });

  it("reports a dead Redis within its deadline", async () => {
    const dead = createRedis("request", "redis://127.0.0.1:1");
    try {
      expect(await checkHealth({ db, redis: dead, timeoutMs: 1_000 })).toEqual({ db: "ok", redis: "down" });
    } finally {
      dead.disconnect();
    }
  });
});
