// This suite points the app at a closed Redis port before any app module loads: rate limits fall
// back to the in-process insurance limiter and recompute jobs cannot be enqueued.
process.env.REDIS_URL = "redis://127.0.0.1:1";

import { describe, expect, it } from "vitest";

describe("POST /api/v1/activities with Redis down", () => {
  it("still stores the events and answers 200 (the recompute catches up later)", async () => {
    const { addMember, createOrg } = await import("../../factories");
    const { event, newKey, postActivities } = await import("./helpers");
    const { db } = await import("~/server/db");
    const { org } = await createOrg();
    const rep = await addMember(org.id, "REP");
    const { key } = await newKey(org.id);

    const started = Date.now();
    const res = await postActivities(key, { events: [event(rep.rep.id, "offline-1"), event(rep.rep.id, "offline-2")] });
    expect(res.status).toBe(200);
    expect((await res.json()).summary).toEqual({ created: 2, duplicates: 0, errors: 0 });
    expect(res.headers.get("x-ratelimit-limit")).toBeTruthy();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await db.activity.count({ where: { repId: rep.rep.id, source: "API" } })).toBe(2);
  });
});
