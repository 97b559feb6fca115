import "server-only";
import { Queue, type JobsOptions } from "bullmq";
import type { z } from "zod";
import { env } from "~/env";
import { sharedRedis } from "~/server/redis";
import type { JobDefinition } from "./define-job";

const globalForQueues = globalThis as unknown as { __ssiQueues?: Map<string, Queue> };

/** The producer-side Queue for a job definition (one per name, per process). */
export function queueFor(def: Pick<JobDefinition, "name">): Queue {
  globalForQueues.__ssiQueues ??= new Map();
  let queue = globalForQueues.__ssiQueues.get(def.name);
  if (!queue) {
    queue = new Queue(def.name, { connection: sharedRedis(), prefix: env.REDIS_PREFIX });
    globalForQueues.__ssiQueues.set(def.name, queue);
  }
  return queue;
}

/** Validates the payload against the shared schema and enqueues it with the definition's rules. */
export async function enqueue<S extends z.ZodType>(
  def: JobDefinition<S>,
  payload: z.input<S>,
  options: JobsOptions = {},
) {
  const data = def.schema.parse(payload) as z.infer<S>;
  const opts: JobsOptions = { ...def.defaults, ...options };
  if (def.jobId && !opts.jobId) opts.jobId = def.jobId(data);
  if (def.dedupe && !opts.deduplication) opts.deduplication = { id: def.dedupe(data) };
  return queueFor(def).add(def.name, data, opts);
}

export async function closeQueues(): Promise<void> {
  const queues = globalForQueues.__ssiQueues;
  if (!queues) return;
  await Promise.allSettled([...queues.values()].map((q) => q.close()));
  queues.clear();
}
