import type { Db } from "~/server/db";
import { enqueue } from "~/server/jobs/queues";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { logger, type Logger } from "~/server/logger";
import { insertActivities, type ActivityRow } from "~/server/services/activity/insert-activities";
import { resolveReps } from "~/server/services/reps/resolve-reps";
import {
  activityEventSchema,
  FUTURE_TOLERANCE_MS,
  MAX_EVENT_AGE_YEARS,
  type ActivityBatchResponse,
  type ActivityEvent,
  type ItemStatus,
} from "./schemas";

type Result = ActivityBatchResponse["results"][number];
/** How long the request waits for Redis before leaving recomputes to the next run. */
const ENQUEUE_TIMEOUT_MS = 2_000;

function formatIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.map(String).join(".")}: ${i.message}` : i.message)).join("; ");
}

function outsideWindow(occurredAt: Date, now: Date): string | null {
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return "occurredAt: must not be more than 5 minutes in the future";
  const oldest = new Date(now);
  oldest.setUTCFullYear(oldest.getUTCFullYear() - MAX_EVENT_AGE_YEARS);
  if (occurredAt < oldest) return `occurredAt: must not be older than ${MAX_EVENT_AGE_YEARS} years`;
  return null;
}

/**
 * Stores a batch of API events for one organisation. Each event is validated on its own (a bad
 * one never rejects the others); reps are resolved in one query inside the organisation; valid
 * events are inserted in one idempotent statement (source API, keyed by externalId, so a retried
 * batch stores nothing twice); then one deduplicated recompute job per rep that gained rows.
 */
export async function ingestActivities(
  db: Db,
  opts: { organizationId: string; events: readonly unknown[]; now?: Date; log?: Logger },
): Promise<ActivityBatchResponse> {
  const now = opts.now ?? new Date();
  const log = opts.log ?? logger;
  const results: Result[] = [];
  const valid: { index: number; event: ActivityEvent; occurredAt: Date }[] = [];

  opts.events.forEach((raw, index) => {
    const rawId = raw && typeof raw === "object" && "externalId" in raw ? (raw as { externalId: unknown }).externalId : null;
    const externalId = typeof rawId === "string" ? rawId : null;
    const parsed = activityEventSchema.safeParse(raw);
    if (!parsed.success) {
      results[index] = { index, externalId, status: "error", error: formatIssues(parsed.error.issues) };
      return;
    }
    const occurredAt = new Date(parsed.data.occurredAt);
    const windowError = outsideWindow(occurredAt, now);
    if (windowError) {
      results[index] = { index, externalId, status: "error", error: windowError };
      return;
    }
    valid.push({ index, event: parsed.data, occurredAt });
  });

  const reps = await resolveReps(db, {
    organizationId: opts.organizationId,
    ids: valid.flatMap((v) => (v.event.repId ? [v.event.repId] : [])),
    emails: valid.flatMap((v) => (v.event.repEmail ? [v.event.repEmail] : [])),
  });

  const rows: (ActivityRow & { index: number })[] = [];
  const seen = new Set<string>();
  for (const { index, event, occurredAt } of valid) {
    const repId = event.repId ? reps.byId.get(event.repId) : reps.byEmail.get(event.repEmail!.toLowerCase());
    if (!repId) {
      results[index] = { index, externalId: event.externalId, status: "error", error: "unknown rep" };
    } else if (seen.has(event.externalId)) {
      results[index] = { index, externalId: event.externalId, status: "duplicate" };
    } else {
      seen.add(event.externalId);
      rows.push({
        index,
        organizationId: opts.organizationId,
        repId,
        kind: event.kind,
        occurredAt,
        source: "API",
        externalId: event.externalId,
        quantity: event.quantity,
        counterpart: event.counterpart ?? null,
        counterpartTitle: event.counterpartTitle ?? null,
        thread: event.thread ?? null,
        format: event.format ?? null,
        metadata: (event.metadata as ActivityRow["metadata"]) ?? null,
      });
    }
  }

  const inserted = new Set(await insertActivities(db, rows));
  const touched = new Set<string>();
  for (const row of rows) {
    const status: ItemStatus = inserted.has(row.externalId) ? "created" : "duplicate";
    if (status === "created") touched.add(row.repId);
    results[row.index] = { index: row.index, externalId: row.externalId, status };
  }
  await requestRecomputes(opts.organizationId, touched, log);

  const count = (s: ItemStatus) => results.filter((r) => r.status === s).length;
  return { results, summary: { created: count("created"), duplicates: count("duplicate"), errors: count("error") } };
}

/** The data is stored already; if Redis is down the scores catch up on the next recompute. */
async function requestRecomputes(organizationId: string, repIds: ReadonlySet<string>, log: Logger): Promise<void> {
  if (repIds.size === 0) return;
  const jobs = Promise.allSettled([...repIds].map((repId) => enqueue(recomputeJob, { organizationId, repId })));
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ENQUEUE_TIMEOUT_MS)));
  const outcome = await Promise.race([jobs, timeout]).finally(() => clearTimeout(timer));
  if (outcome === "timeout") {
    log.warn({ reps: repIds.size }, "recompute enqueue timed out; activities are stored");
    return;
  }
  const failed = outcome.filter((o) => o.status === "rejected");
  if (failed.length) {
    log.warn({ err: (failed[0] as PromiseRejectedResult).reason, failed: failed.length }, "recompute enqueue failed; activities are stored");
  }
}
