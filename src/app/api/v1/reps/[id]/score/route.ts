import type { NextRequest } from "next/server";
import { getRepScore } from "~/server/api-v1/rep-reads";
import { handleRest, inApiKeyTenant, json } from "~/server/http/rest";

export const dynamic = "force-dynamic";

/** GET /api/v1/reps/{id}/score: id is the rep id or the rep's e-mail; 404 outside the key's organisation. */
export function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handleRest(req, (ctx) =>
    inApiKeyTenant(req, ctx, "read", async ({ db, organizationId }) => {
      const { id } = await params;
      return json(await getRepScore(db, { organizationId, idOrEmail: id }));
    }),
  );
}
