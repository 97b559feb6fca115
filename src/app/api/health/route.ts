import { db } from "~/server/db";
import { sharedRedis } from "~/server/redis";
import { checkHealth } from "~/server/services/health/check-health";

export const dynamic = "force-dynamic";

/** 200 {db:"ok",redis:"ok"} when both answer; 503 naming what is down otherwise. */
export async function GET() {
  const report = await checkHealth({ db, redis: sharedRedis() });
  const healthy = report.db === "ok" && report.redis === "ok";
  return Response.json(report, { status: healthy ? 200 : 503, headers: { "cache-control": "no-store" } });
}
