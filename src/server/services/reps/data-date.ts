import type { Db, Tx } from "~/server/db";

/**
 * Moves a rep's `dataAsOf` (how far their data is known to be complete) forward to `to`, never
 * back: an older export imported after a newer one, or a late API event, cannot make the data
 * look older. Self-reported entries never call this. Returns the rep's data date afterwards.
 */
export async function advanceDataAsOf(client: Db | Tx, opts: { organizationId: string; repId: string; to: Date }): Promise<Date | null> {
  await client.repProfile.updateMany({
    where: { id: opts.repId, organizationId: opts.organizationId, OR: [{ dataAsOf: null }, { dataAsOf: { lt: opts.to } }] },
    data: { dataAsOf: opts.to },
  });
  const rep = await client.repProfile.findFirst({ where: { id: opts.repId, organizationId: opts.organizationId }, select: { dataAsOf: true } });
  return rep?.dataAsOf ?? null;
}
