// The REST API v1 contract: every request and response shape, in zod. The route handlers validate
// with these and the OpenAPI document (./openapi.ts) is generated from them, so the two agree.
import { ActivityKind } from "@prisma/client";
import { z } from "zod";
import { isStorableText } from "~/lib/storable-text";
import type { AppErrorCode } from "~/server/errors";
import { CONTENT_FORMATS } from "~/server/services/activity/activity-kinds";
import { PILLAR_KEYS } from "~/domain/scoring/model-v1";

export const MAX_EVENTS_PER_BATCH = 1000;
export const MAX_METADATA_BYTES = 4 * 1024;
/** Request bodies above this answer 413 (typical events are ~300 bytes: 1,000 of them fit easily). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
export const MAX_EVENT_AGE_YEARS = 5;
export const SNAPSHOT_WEEKS = ["12", "26", "52"] as const;
export const EXTERNAL_ID_PATTERN = /^[A-Za-z0-9._:@/-]+$/;

/** "is required" when the field is missing, else the given message. */
const msg = (message: string) => (iss: { input?: unknown }) => (iss.input === undefined ? "is required" : message);

// PostgreSQL refuses NUL characters in text and \u0000 / lone surrogates in jsonb; one such value
// would fail the whole batch insert, so it is refused per item here instead.
const storableText = (max: number) =>
  z
    .string({ error: msg("must be a string or null") })
    .max(max, `must be at most ${max} characters`)
    .refine(isStorableText, "contains characters that cannot be stored");

const metadataSchema = z
  .record(z.string(), z.unknown(), { error: "must be a JSON object" })
  .superRefine((value, ctx) => {
    const json = JSON.stringify(value);
    if (new TextEncoder().encode(json).length > MAX_METADATA_BYTES) {
      ctx.addIssue({ code: "custom", message: `must be at most ${MAX_METADATA_BYTES} bytes as JSON` });
    } else if (/\\u(0000|d[89a-f][0-9a-f]{2})/i.test(json)) {
      ctx.addIssue({ code: "custom", message: "contains characters that cannot be stored" });
    }
  });

export const activityEventSchema = z
  .strictObject({
    repEmail: z.email({ error: msg("must be an e-mail address") }).max(254, "must be at most 254 characters").optional(),
    repId: z
      .string({ error: "must be a string" })
      .min(1, "must not be empty")
      .max(64, "must be at most 64 characters")
      .refine(isStorableText, "contains characters that cannot be stored")
      .optional(),
    kind: z.enum(ActivityKind, { error: (iss) => (iss.input === undefined ? "is required" : `unknown kind ${JSON.stringify(iss.input)}`) }),
    occurredAt: z.iso.datetime({
      offset: true,
      error: msg("must be an ISO 8601 date-time with a UTC offset, e.g. 2026-03-02T09:30:00Z or 2026-03-02T10:30:00+01:00"),
    }),
    externalId: z
      .string({ error: msg("must be a string") })
      .min(1, "must not be empty")
      .max(200, "must be at most 200 characters")
      .regex(EXTERNAL_ID_PATTERN, "may only contain letters, digits and . _ : @ / -"),
    quantity: z.int({ error: msg("must be an integer") }).min(1, "must be at least 1").max(10_000, "must be at most 10000").default(1),
    counterpart: storableText(500).nullable().optional(),
    counterpartTitle: storableText(300).nullable().optional(),
    thread: storableText(200).nullable().optional(),
    format: z.enum(CONTENT_FORMATS, { error: `must be one of ${CONTENT_FORMATS.join(", ")} or null` }).nullable().optional(),
    metadata: metadataSchema.optional(),
  })
  .superRefine((e, ctx) => {
    if ((e.repEmail === undefined) === (e.repId === undefined)) {
      ctx.addIssue({ code: "custom", path: ["repEmail"], message: "give exactly one of repEmail or repId" });
    }
  })
  .meta({
    description:
      "One thing a rep did. Give exactly one of repEmail or repId. occurredAt must lie between 5 years ago and 5 minutes from now. " +
      "externalId is your idempotency key: unique per organisation for events sent through the API.",
  });
export type ActivityEvent = z.infer<typeof activityEventSchema>;

/** The documented request body (events validated in full). */
export const activityBatchSchema = z.strictObject({
  events: z.array(activityEventSchema).min(1).max(MAX_EVENTS_PER_BATCH),
});

/** What the handler parses first: the envelope only, so each event is validated on its own. */
export const activityEnvelopeSchema = z.strictObject({
  events: z
    .array(z.unknown(), { error: msg("must be an array of events") })
    .min(1, "must contain at least one event")
    .max(MAX_EVENTS_PER_BATCH, `must contain at most ${MAX_EVENTS_PER_BATCH} events; split the batch`),
});

export const ITEM_STATUSES = ["created", "duplicate", "error"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const activityResultSchema = z.object({
  index: z.int().min(0).meta({ description: "Position of the event in the request's events array" }),
  externalId: z.string().nullable().meta({ description: "The event's externalId, or null when it had none" }),
  status: z.enum(ITEM_STATUSES),
  error: z.string().optional().meta({ description: 'Why the event was refused (status "error"), e.g. "unknown rep"' }),
});

export const activityBatchResponseSchema = z.object({
  results: z.array(activityResultSchema),
  summary: z.object({ created: z.int().min(0), duplicates: z.int().min(0), errors: z.int().min(0) }),
});
export type ActivityBatchResponse = z.infer<typeof activityBatchResponseSchema>;

const pillarsSchema = z.object({
  brand: z.number().meta({ description: "Establish your professional brand, 0–25" }),
  findPeople: z.number().meta({ description: "Find the right people, 0–25" }),
  engage: z.number().meta({ description: "Engage with insights, 0–25" }),
  relationships: z.number().meta({ description: "Build relationships, 0–25" }),
});

const signalSchema = z.object({
  key: z.string(),
  pillar: z.enum(PILLAR_KEYS),
  label: z.string(),
  value: z.number(),
  display: z.string(),
  points: z.number(),
  cap: z.number(),
  noData: z.boolean(),
  count: z.number().optional(),
});

const actionSchema = z.object({
  signal: z.string(),
  pillar: z.enum(PILLAR_KEYS),
  action: z.string(),
  gain: z.number().meta({ description: "Estimated total-score gain of doing it once" }),
});

export const repScoreResponseSchema = z.object({
  repId: z.string(),
  total: z.number().meta({ description: "0–100, the sum of the four pillars" }),
  pillars: pillarsSchema,
  modelVersion: z.string(),
  asOf: z.iso.datetime(),
  signals: z.array(signalSchema),
  actions: z.array(actionSchema).meta({ description: "Next best actions, largest expected gain first" }),
});
export type RepScoreResponse = z.infer<typeof repScoreResponseSchema>;

export const snapshotsQuerySchema = z.object({
  weeks: z.enum(SNAPSHOT_WEEKS, { error: `must be one of ${SNAPSHOT_WEEKS.join(", ")}` }).default("26"),
});

const snapshotSchema = z.object({
  isoWeek: z.string().meta({ description: 'ISO week in the organisation\'s time zone, e.g. "2026-W09"' }),
  weekStart: z.iso.date(),
  total: z.number(),
  pillars: pillarsSchema,
  industryRankPct: z.number().nullable(),
  industryRankSource: z.enum(["PLATFORM", "REFERENCE"]).nullable(),
  orgRankPct: z.number().nullable(),
  teamRankPct: z.number().nullable(),
  modelVersion: z.string(),
});

export const snapshotsResponseSchema = z.object({
  repId: z.string(),
  weeks: z.int(),
  snapshots: z.array(snapshotSchema).meta({ description: "Oldest first; weeks without a snapshot are absent" }),
});
export type SnapshotsResponse = z.infer<typeof snapshotsResponseSchema>;

export const ERROR_CODES = [
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PAYLOAD_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "TOO_MANY_REQUESTS",
  "PRECONDITION_FAILED",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const satisfies readonly (AppErrorCode | "INTERNAL_SERVER_ERROR")[];

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z
      .object({
        issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
        retryAfterSeconds: z.int().optional(),
      })
      .optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
