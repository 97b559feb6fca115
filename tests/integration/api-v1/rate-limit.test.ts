// A low limit for this suite, set before any app module reads the environment.
process.env.API_RATE_LIMIT_PER_MINUTE = "3";

import { describe, expect, it } from "vitest";

describe("REST API rate limit per key", () => {
  it("answers 429 with Retry-After once a key is over its per-minute budget; other keys are unaffected", async () => {
    const { createOrg } = await import("../../factories");
    const { getScore, newKey, postActivities, event } = await import("./helpers");
    const { db } = await import("~/server/db");
    const { sharedRedis } = await import("~/server/redis");
    const { org } = await createOrg();
    const rep = await db.repProfile.findFirstOrThrow({ where: { organizationId: org.id } });
    const first = await newKey(org.id);
    const second = await newKey(org.id);

    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await getScore(first.key, rep.id);
      expect(res.status).toBe(200);
      expect(res.headers.get("x-ratelimit-limit")).toBe("3");
      remaining.push(res.headers.get("x-ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);

    const limited = await getScore(first.key, rep.id);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(Number(limited.headers.get("x-ratelimit-reset"))).toBe(retryAfter);
    expect(limited.headers.get("x-request-id")).toBeTruthy();
    const body = await limited.json();
    expect(body.error).toMatchObject({ code: "TOO_MANY_REQUESTS", details: { retryAfterSeconds: retryAfter } });

    // Writes are limited by the same budget and store nothing once over it.
    const write = await postActivities(first.key, { events: [event(rep.id, "rl-1")] });
    expect(write.status).toBe(429);
    expect(await db.activity.count({ where: { organizationId: org.id } })).toBe(0);

    expect((await getScore(second.key, rep.id)).status).toBe(200);
    // The budget lives in Redis under the documented key.
    expect(await sharedRedis().exists(`${process.env.REDIS_PREFIX}:api:${first.id}`)).toBe(1);
  });
});
