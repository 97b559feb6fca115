import { pillarsOf } from "~/domain/scoring";
import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";
import { resolveVisibleRep } from "~/server/services/reps/access";

/** A rep's official LinkedIn readings the caller may see, newest first (the last 52). */
export async function listReadings(db: Db, caller: Caller, input: { repId?: string }) {
  const rep = await resolveVisibleRep(db, caller, input.repId);
  const rows = await db.officialSsiReading.findMany({
    where: { repId: rep.id, organizationId: caller.organizationId },
    orderBy: { readOn: "desc" },
    take: 52,
  });
  return rows.map((r) => ({ readOn: r.readOn.toISOString().slice(0, 10), total: r.total, ...pillarsOf(r) }));
}
