import type { NextRequest } from "next/server";
import { db } from "~/server/db";
import { runInTenant } from "~/server/db/tenant-context";
import { ingestActivities } from "~/server/api-v1/ingest-activities";
import { activityEnvelopeSchema, MAX_BODY_BYTES } from "~/server/api-v1/schemas";
import { handleRest, json, parseInput, readJsonBody, requireApiKey, requireJsonContentType } from "~/server/http/rest";

export const dynamic = "force-dynamic";

/** POST /api/v1/activities: a batch of events; 200 with one result per event (see docs/api.md). */
export function POST(req: NextRequest) {
  return handleRest(req, async (ctx) => {
    const key = await requireApiKey(req, ctx, "write");
    requireJsonContentType(req);
    const body = parseInput(activityEnvelopeSchema, await readJsonBody(req, MAX_BODY_BYTES));
    const result = await runInTenant(key.organizationId, () => ingestActivities(db, { organizationId: key.organizationId, events: body.events, log: ctx.log }));
    ctx.log.info({ ...result.summary, events: body.events.length }, "activities ingested");
    return json(result);
  });
}
