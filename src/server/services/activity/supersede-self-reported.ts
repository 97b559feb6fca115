import type { ActivityKind } from "@prisma/client";
import type { Db, Tx } from "~/server/db";

/**
 * Evidence of the same actions arrived (an archive import or a LinkedIn sync that covers the
 * period up to `until`): the rep's self-reported entries of those kinds up to that date stop
 * counting. They are kept (supersededAt set) so nothing is lost and the change can be explained.
 */
export async function supersedeSelfReported(
  client: Db | Tx,
  opts: { organizationId: string; repId: string; kinds: readonly ActivityKind[]; until: Date; now?: Date },
): Promise<number> {
  if (opts.kinds.length === 0) return 0;
  const res = await client.activity.updateMany({
    where: {
      organizationId: opts.organizationId,
      repId: opts.repId,
      source: "MANUAL",
      supersededAt: null,
      kind: { in: [...opts.kinds] },
      occurredAt: { lte: opts.until },
    },
    data: { supersededAt: opts.now ?? new Date() },
  });
  return res.count;
}
