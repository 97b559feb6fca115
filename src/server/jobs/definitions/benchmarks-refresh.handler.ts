import { db } from "~/server/db";
import { refreshPlatformBenchmarks, syncReferenceBenchmarks } from "~/server/services/benchmarks/refresh-benchmarks";
import type { JobHandler } from "../define-job";

const handler: JobHandler<Record<string, never>> = async (_payload, { log }) => {
  await syncReferenceBenchmarks(db);
  const result = await refreshPlatformBenchmarks(db);
  log.info(result, "platform benchmarks refreshed");
  return result;
};
export default handler;
