import type { Db } from "~/server/db";
import { recomputeRepScore } from "./recompute-rep";

/** A rep's stored current score, computed first when the rep has none yet (null if it still cannot be). */
export async function readCurrentScore(db: Db, opts: { organizationId: string; repId: string }) {
  const read = () => db.scoreCurrent.findFirst({ where: { repId: opts.repId, organizationId: opts.organizationId } });
  const row = await read();
  if (row) return row;
  await recomputeRepScore(db, opts);
  return read();
}
