import type { NextRequest } from "next/server";
import { getRepSnapshots } from "~/server/api-v1/rep-reads";
import { snapshotsQuerySchema } from "~/server/api-v1/schemas";
import { handleRest, inApiKeyTenant, json, parseInput } from "~/server/http/rest";

export const dynamic = "force-dynamic";

/** GET /api/v1/reps/{id}/snapshots?weeks=12|26|52 (default 26): weekly snapshots, oldest first. */
export function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return handleRest(req, (ctx) =>
    inApiKeyTenant(req, ctx, "read", async ({ db, organizationId }) => {
      const query = parseInput(snapshotsQuerySchema, { weeks: req.nextUrl.searchParams.get("weeks") ?? undefined });
      const { id } = await params;
      return json(await getRepSnapshots(db, { organizationId, idOrEmail: id, weeks: Number(query.weeks) }));
    }),
  );
}
