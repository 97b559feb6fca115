// Builds the OpenAPI 3.1 document of /api/v1 from the same zod schemas the handlers validate with.
import { z } from "zod";
import {
  activityBatchResponseSchema,
  activityBatchSchema,
  activityEventSchema,
  errorResponseSchema,
  MAX_BODY_BYTES,
  MAX_EVENTS_PER_BATCH,
  repScoreResponseSchema,
  SNAPSHOT_WEEKS,
  snapshotsResponseSchema,
} from "./schemas";

type JsonObject = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Named components: request shapes as clients send them (defaults optional), responses as sent. */
function componentSchemas(): Record<string, JsonObject> {
  const requests = z.registry<{ id: string }>();
  requests.add(activityEventSchema, { id: "ActivityEvent" });
  requests.add(activityBatchSchema, { id: "ActivityBatch" });
  const responses = z.registry<{ id: string }>();
  responses.add(activityBatchResponseSchema, { id: "ActivityBatchResult" });
  responses.add(repScoreResponseSchema, { id: "RepScore" });
  responses.add(snapshotsResponseSchema, { id: "RepSnapshots" });
  responses.add(errorResponseSchema, { id: "Error" });
  const uri = (id: string) => `#/components/schemas/${id}`;
  const all = {
    ...z.toJSONSchema(requests, { io: "input", uri }).schemas,
    ...z.toJSONSchema(responses, { io: "output", uri }).schemas,
  };
  // OpenAPI components are plain schemas: drop the per-schema $schema and $id.
  return Object.fromEntries(
    Object.entries(all).map(([name, schema]) => {
      const { $schema: _s, $id: _i, ...rest } = schema as JsonObject;
      return [name, rest];
    }),
  );
}

const RATE_LIMIT_HEADERS = {
  "X-RateLimit-Limit": { description: "Requests allowed per key per minute", schema: { type: "integer" } },
  "X-RateLimit-Remaining": { description: "Requests left in the current window", schema: { type: "integer" } },
  "X-RateLimit-Reset": { description: "Seconds until the window resets", schema: { type: "integer" } },
  "X-Request-Id": { description: "Identifies the request in our logs; quote it when reporting a problem", schema: { type: "string" } },
};

function errorResponse(description: string, extraHeaders: JsonObject = {}) {
  return {
    description,
    headers: { ...RATE_LIMIT_HEADERS, ...extraHeaders },
    content: { "application/json": { schema: ref("Error") } },
  };
}

const ERRORS = {
  "401": errorResponse("Missing, invalid or revoked API key", {
    "WWW-Authenticate": { description: 'Bearer challenge (RFC 6750), e.g. Bearer realm="ssi-coach-api", error="invalid_token"', schema: { type: "string" } },
  }),
  "403": errorResponse("The key lacks the scope this operation needs"),
  "429": errorResponse("Over the key's rate limit", {
    "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" } },
  }),
  "500": errorResponse("Unexpected server error (nothing about it is revealed; quote X-Request-Id)"),
};

const repIdParam = {
  name: "id",
  in: "path",
  required: true,
  description: "The rep's id, or the e-mail address of the rep's user (URL-encoded). A rep of another organisation answers 404.",
  schema: { type: "string" },
};

function ok(description: string, schemaName: string) {
  return { description, headers: RATE_LIMIT_HEADERS, content: { "application/json": { schema: ref(schemaName) } } };
}

/** The whole document; `serverUrl` is the app's public URL (env.APP_URL). */
export function buildOpenApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "SSI Coach API",
      version: "1.0.0",
      description: [
        "Send your reps' LinkedIn activity to SSI Coach and read their Social Selling scores.",
        "",
        "**Authentication**: an organisation API key as `Authorization: Bearer ssi_live_…`. Keys carry scopes: `read` (GET) and `write` (POST).",
        "",
        "**Rate limit**: a fixed budget of requests per key per minute (120 by default). Every authenticated answer carries `X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` (seconds); over the limit the API answers 429 with `Retry-After` (seconds).",
        "",
        `**Idempotency**: events are keyed by \`externalId\` within your organisation; sending the same event again answers \`duplicate\` and stores nothing. Batches hold 1–${MAX_EVENTS_PER_BATCH} events and at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`,
        "",
        "**Errors**: `{ error: { code, message, details? } }`; validation errors list `details.issues` per field.",
      ].join("\n"),
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }],
    tags: [{ name: "activities" }, { name: "reps" }, { name: "meta" }],
    paths: {
      "/api/v1/activities": {
        post: {
          operationId: "ingestActivities",
          tags: ["activities"],
          summary: "Send a batch of activity events (scope: write)",
          description:
            "Each event is validated on its own: one bad event never rejects the others. The answer is **200** whenever the batch " +
            "itself was readable, with one result per event (`created`, `duplicate` or `error` with a reason such as `unknown rep`) " +
            "in request order and a summary; check `summary.errors`. The same externalId twice in one batch: the second is `duplicate`. " +
            "Reps whose activity changed get their score recomputed in the background within moments.",
          requestBody: { required: true, content: { "application/json": { schema: ref("ActivityBatch") } } },
          responses: {
            "200": ok("Per-event results, in request order", "ActivityBatchResult"),
            "400": errorResponse("The body is not JSON, or not `{ events: [...] }` with 1–1000 events"),
            ...ERRORS,
            "413": errorResponse(`The body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`),
            "415": errorResponse("The body is not sent as application/json"),
          },
        },
      },
      "/api/v1/reps/{id}/score": {
        get: {
          operationId: "getRepScore",
          tags: ["reps"],
          summary: "A rep's current score with pillars, signals and next best actions (scope: read)",
          parameters: [repIdParam],
          responses: { "200": ok("The current score", "RepScore"), ...ERRORS, "404": errorResponse("No such rep in your organisation") },
        },
      },
      "/api/v1/reps/{id}/snapshots": {
        get: {
          operationId: "getRepSnapshots",
          tags: ["reps"],
          summary: "A rep's weekly score snapshots, oldest first (scope: read)",
          parameters: [
            repIdParam,
            { name: "weeks", in: "query", required: false, description: "How many recent weeks", schema: { type: "string", enum: [...SNAPSHOT_WEEKS], default: "26" } },
          ],
          responses: {
            "200": ok("Weekly snapshots", "RepSnapshots"),
            "400": errorResponse("weeks is not 12, 26 or 52"),
            ...ERRORS,
            "404": errorResponse("No such rep in your organisation"),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          tags: ["meta"],
          summary: "This document (public, no key needed)",
          security: [],
          responses: { "200": { description: "The OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "ssi_live_<43 base64url characters>",
          description: "An organisation API key. Create one in the organisation's settings or with `npm run apikey:create`.",
        },
      },
      schemas: componentSchemas(),
    },
  };
}
