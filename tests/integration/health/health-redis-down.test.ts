// This suite points the app at a closed Redis port before any app module loads.
process.env.REDIS_URL = "redis://127.0.0.1:1";

import { describe, expect, it } from "vitest";

describe("GET /api/health", () => {
  it("answers 503 naming Redis when Redis is unreachable", async () => {
    const { GET } = await import("~/app/api/health/route");
    const started = Date.now();
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ db: "ok", redis: "down" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
