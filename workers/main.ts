// The worker process: consumes every shared job definition. Start with `npm run worker`.
import "~/lib/load-env";
process.env.SSI_PROCESS ??= "worker";

const { env } = await import("~/env");
const { logger } = await import("~/server/logger");
const { db } = await import("~/server/db");
const { createRedis } = await import("~/server/redis");
const { closeQueues, prepareQueues } = await import("~/server/jobs/queues");
const { jobDefinitions } = await import("~/server/jobs/definitions");
const { runWorkers } = await import("./run-workers");
const { checkRedisPolicy } = await import("./redis-policy");
const { closeMailTransport } = await import("~/server/services/mail/transport");
const { installPlatformSchedules } = await import("~/server/services/schedules/org-schedules");
const { reinstallOrgSchedules } = await import("./reinstall-schedules");
const { syncReferenceBenchmarks } = await import("~/server/services/benchmarks/refresh-benchmarks");

const log = logger.child({ process: "worker", pid: process.pid });
const connection = createRedis("worker");
await checkRedisPolicy(connection, log);
await syncReferenceBenchmarks(db);
await installPlatformSchedules();
await reinstallOrgSchedules(db, log);
await prepareQueues(jobDefinitions);
const running = runWorkers(jobDefinitions, { connection, log });
log.info({ queues: jobDefinitions.map((d) => d.name) }, "worker ready");
// A line tests and the demo script wait for.
if (env.SSI_WORKER_READY_LINE) console.log("WORKER_READY");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "shutting down");
  const timer = setTimeout(() => {
    log.error({ timeoutMs: env.WORKER_SHUTDOWN_TIMEOUT_MS }, "shutdown timed out; exiting");
    process.exit(1);
  }, env.WORKER_SHUTDOWN_TIMEOUT_MS);
  timer.unref();
  await running.close();
  await closeQueues();
  closeMailTransport();
  await Promise.allSettled([connection.quit(), db.$disconnect()]);
  log.info("worker stopped");
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
