import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { env } from "~/env";
import { runInTenant } from "~/server/db/tenant-context";
import { jobTenant, queueNamesOf, type JobDefinition } from "~/server/jobs/define-job";
import type { Logger } from "~/server/logger";
import { faultDelayFor } from "./fault-injection";

export interface RunningWorkers {
  workers: Worker[];
  close: () => Promise<void>;
}

/** Wires each job definition to a BullMQ Worker; payloads are parsed again on this side. */
export function runWorkers(
  definitions: JobDefinition[],
  opts: { connection: Redis; log: Logger; prefix?: string; concurrency?: number },
): RunningWorkers {
  const lanes = definitions.flatMap((def) => queueNamesOf(def).map((queueName) => ({ def, queueName })));
  const workers = lanes.map(({ def, queueName }) => {
    const worker = new Worker(
      queueName,
      async (job: Job) => {
        const parsed = def.schema.safeParse(job.data);
        if (!parsed.success) {
          throw new UnrecoverableError(`invalid payload for ${def.name}: ${parsed.error.message}`);
        }
        // Deduplication coalesces *waiting* jobs only: release the key as soon as this one starts,
        // so work arriving while it runs queues exactly one follow-up job (1 active + 1 waiting).
        if (def.dedupe) await job.removeDeduplicationKey();
        const log = opts.log.child({ job: def.name, jobId: job.id, attempt: job.attemptsMade + 1 });
        const { default: handler } = await def.handler();
        const started = Date.now();
        const run = () => handler(parsed.data, {
          jobId: job.id ?? "",
          attempt: job.attemptsMade + 1,
          log,
          progress: async (p) => {
            const percent = Math.max(0, Math.min(100, Math.round(p)));
            await job.updateProgress(percent);
            const pause = faultDelayFor(def.name, percent);
            if (pause) await new Promise((r) => setTimeout(r, pause));
          },
        });
        // A job for one organisation runs inside it: the tenant guard protects workers too.
        const tenant = jobTenant(def, parsed.data);
        const result = tenant ? await runInTenant(tenant, run) : await run();
        log.info({ ms: Date.now() - started }, "job done");
        return result;
      },
      {
        connection: opts.connection,
        prefix: opts.prefix ?? env.REDIS_PREFIX,
        // A partition is a serial lane: one job at a time here (and globally, see setGlobalConcurrency).
        concurrency: def.partitions ? 1 : (def.concurrency ?? opts.concurrency ?? env.WORKER_CONCURRENCY),
        lockDuration: env.WORKER_LOCK_DURATION_MS,
        stalledInterval: env.WORKER_LOCK_DURATION_MS,
        autorun: true,
      },
    );
    worker.on("failed", (job, err) =>
      opts.log.error({ job: def.name, jobId: job?.id, attempts: job?.attemptsMade, err }, "job failed"),
    );
    worker.on("error", (err) => opts.log.error({ job: def.name, err }, "worker error"));
    return worker;
  });

  return {
    workers,
    close: async () => {
      await Promise.allSettled(workers.map((w) => w.close()));
    },
  };
}
