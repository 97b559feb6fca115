import type { JobsOptions } from "bullmq";
import type { z } from "zod";
import type { Logger } from "~/server/logger";

export interface JobContext {
  jobId: string;
  attempt: number;
  log: Logger;
  /** Reports progress (0-100) so the UI can show a live bar. */
  progress: (percent: number) => Promise<void>;
}

export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<unknown>;

/**
 * A job contract shared by producers (app, CLIs) and consumers (workers/): queue name, payload
 * schema, default options and the job-id rule. The handler is imported lazily so the web bundle
 * does not load worker-only code when it merely enqueues.
 */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  name: string;
  schema: S;
  defaults: JobsOptions;
  concurrency?: number;
  /** Deterministic id (idempotent enqueue); BullMQ ids may not contain ":". Omit for random ids. */
  jobId?: (payload: z.infer<S>) => string;
  /** Deduplication key: while a job with this key waits, new enqueues are dropped (see runWorkers). */
  dedupe?: (payload: z.infer<S>) => string;
  /**
   * Serial partitions: jobs with the same key always go to the same of `count` queues, and each of
   * those runs one job at a time across all workers (global concurrency 1). Gives per-key ordering
   * and exclusivity (e.g. one recompute per rep at a time) while partitions run in parallel.
   */
  partitions?: { count: number; key: (payload: z.infer<S>) => string };
  /**
   * Why this job works across organisations on purpose. Without it, a payload's organizationId
   * puts the handler inside that tenant, so the Prisma tenant guard scopes the worker too.
   */
  crossTenant?: string;
  handler: () => Promise<{ default: JobHandler<z.infer<S>> }>;
}

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}

/** The organisation a job runs in: its payload's organizationId, unless the definition is cross-tenant. */
export function jobTenant(def: Pick<JobDefinition, "crossTenant">, payload: unknown): string | null {
  if (def.crossTenant) return null;
  const id = (payload as { organizationId?: unknown } | null)?.organizationId;
  return typeof id === "string" && id ? id : null;
}

export const RETRY_WITH_BACKOFF: JobsOptions = {
  attempts: 5,
  backoff: { type: "exponential", delay: 2_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** The queue names of a definition: its name, or name-0 … name-(n-1) when partitioned. */
export function queueNamesOf(def: { name: string; partitions?: { count: number } }): string[] {
  if (!def.partitions) return [def.name];
  return Array.from({ length: def.partitions.count }, (_, i) => `${def.name}-${i}`);
}

/** FNV-1a: a stable partition for a key (the same rep always lands in the same queue). */
export function partitionOf(key: string, count: number): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % count;
}
