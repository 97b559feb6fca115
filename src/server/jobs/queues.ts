import "server-only";
import { Queue, type JobsOptions } from "bullmq";
import type { z } from "zod";
import { env } from "~/env";
import { logger } from "~/server/logger";
import { sharedRedis } from "~/server/redis";
import { partitionOf, queueNamesOf, type JobDefinition } from "./define-job";

const globalForQueues = globalThis as unknown as { __ssiQueues?: Map<string, Queue> };

/** The producer-side Queue of a queue name (one instance per name, per process). */
export function queueNamed(name: string): Queue {
  globalForQueues.__ssiQueues ??= new Map();
  let queue = globalForQueues.__ssiQueues.get(name);
  if (!queue) {
    queue = new Queue(name, { connection: sharedRedis(), prefix: env.REDIS_PREFIX });
    // Without a listener a Redis outage is printed as an unhandled error; callers see the failure anyway.
    queue.on("error", (err) => logger.warn({ err: err.message, queue: name }, "queue connection error"));
    globalForQueues.__ssiQueues.set(name, queue);
  }
  return queue;
}

/** The queue of a (non-partitioned) job definition. */
export function queueFor(def: Pick<JobDefinition, "name">): Queue {
  return queueNamed(def.name);
}

/** The queue a payload goes to: the definition's own, or its partition for the payload's key. */
export function queueForPayload<S extends z.ZodType>(def: JobDefinition<S>, payload: z.infer<S>): Queue {
  if (!def.partitions) return queueNamed(def.name);
  return queueNamed(`${def.name}-${partitionOf(def.partitions.key(payload), def.partitions.count)}`);
}

/** The definition's options for one payload: defaults, deterministic id, deduplication key. */
function jobOptions<S extends z.ZodType>(def: JobDefinition<S>, data: z.infer<S>, extra: JobsOptions = {}): JobsOptions {
  const opts: JobsOptions = { ...def.defaults, ...extra };
  if (def.jobId && !opts.jobId) opts.jobId = def.jobId(data);
  if (def.dedupe && !opts.deduplication) opts.deduplication = { id: def.dedupe(data) };
  return opts;
}

/** Validates the payload against the shared schema and enqueues it with the definition's rules. */
export async function enqueue<S extends z.ZodType>(def: JobDefinition<S>, payload: z.input<S>, options: JobsOptions = {}) {
  const data = def.schema.parse(payload) as z.infer<S>;
  return queueForPayload(def, data).add(def.name, data, jobOptions(def, data, options));
}

export async function closeQueues(): Promise<void> {
  const queues = globalForQueues.__ssiQueues;
  if (!queues) return;
  await Promise.allSettled([...queues.values()].map((q) => q.close()));
  queues.clear();
}

/** Makes every partition of a partitioned job a serial lane across all worker processes. */
export async function prepareQueues(definitions: readonly JobDefinition[]): Promise<void> {
  for (const def of definitions) {
    if (!def.partitions) continue;
    for (const name of queueNamesOf(def)) await queueNamed(name).setGlobalConcurrency(1);
  }
}

/** Enqueues many payloads of one definition (bulk add per queue; ids and options as for enqueue). */
export async function enqueueMany<S extends z.ZodType>(def: JobDefinition<S>, payloads: z.input<S>[]): Promise<void> {
  const byQueue = new Map<Queue, { name: string; data: z.infer<S>; opts: JobsOptions }[]>();
  for (const payload of payloads) {
    const data = def.schema.parse(payload) as z.infer<S>;
    const queue = queueForPayload(def, data);
    byQueue.set(queue, [...(byQueue.get(queue) ?? []), { name: def.name, data, opts: jobOptions(def, data) }]);
  }
  for (const [queue, jobs] of byQueue) {
    for (let i = 0; i < jobs.length; i += 500) await queue.addBulk(jobs.slice(i, i + 500));
  }
}
