import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";
import { resolveVisibleRep } from "~/server/services/reps/access";
import { readSnapshots } from "./read-snapshots";

/** A rep's weekly snapshots, oldest first (at most `weeks`), with pillars, ranks and model version. */
export async function getSnapshotHistory(db: Db, caller: Caller, opts: { repId?: string; weeks: number; withBreakdown?: boolean }) {
  const rep = await resolveVisibleRep(db, caller, opts.repId);
  return readSnapshots(db, { organizationId: caller.organizationId, repId: rep.id, weeks: opts.weeks, withBreakdown: opts.withBreakdown });
}
