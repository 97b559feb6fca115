import type { TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";

/** The organisation's reps who are not archived (id and name, by name): whom an admin may import for. */
export function listActiveReps(db: Db, actor: TenantActor) {
  return db.repProfile.findMany({
    where: { organizationId: actor.organizationId, archivedAt: null },
    select: { id: true, displayName: true },
    orderBy: { displayName: "asc" },
  });
}
