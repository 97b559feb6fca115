import type { NextRequest } from "next/server";
import { db } from "~/server/db";
import { runInTenant } from "~/server/db/tenant-context";
import { getRepScore } from "~/server/api-v1/rep-reads";
import { handleRest, json, requireApiKey } from "~/server/http/rest";

export const dynamic = "force-dynamic";

/** GET /api/v1/reps/{id}/score: id is the rep id or the rep's e-mail; 404 outside the key's organisation. */
export function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handleRest(req, async (ctx) => {
    const key = await requireApiKey(req, ctx, "read");
    const { id } = await params;
    return json(await runInTenant(key.organizationId, () => getRepScore(db, { organizationId: key.organizationId, idOrEmail: id })));
  });
}
