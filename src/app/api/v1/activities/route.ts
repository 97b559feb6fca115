import type { NextRequest } from "next/server";
import { ingestActivities } from "~/server/api-v1/ingest-activities";
import { activityEnvelopeSchema, MAX_BODY_BYTES } from "~/server/api-v1/schemas";
import { handleRest, inApiKeyTenant, json, parseInput, readJsonBody, requireJsonContentType } from "~/server/http/rest";

export const dynamic = "force-dynamic";

/** POST /api/v1/activities: a batch of events; 200 with one result per event (see docs/api.md). */
export function POST(req: NextRequest) {
  return handleRest(req, (ctx) =>
    inApiKeyTenant(req, ctx, "write", async ({ db, organizationId }) => {
      requireJsonContentType(req);
      const body = parseInput(activityEnvelopeSchema, await readJsonBody(req, MAX_BODY_BYTES));
      const result = await ingestActivities(db, { organizationId, events: body.events, log: ctx.log });
      ctx.log.info({ ...result.summary, events: body.events.length }, "activities ingested");
      return json(result);
    }),
  );
}
