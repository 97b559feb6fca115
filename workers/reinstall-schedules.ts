import type { Db } from "~/server/db";
import type { Logger } from "~/server/logger";
import { installOrgSchedules } from "~/server/services/schedules/org-schedules";

/**
 * Re-installs every organisation's job schedulers from PostgreSQL (idempotent upserts). Schedules
 * live in Redis: after Redis lost its data (no AOF, a restore from an old backup, a new instance),
 * the weekly snapshots and e-mails would otherwise stay silent until each organisation's settings
 * changed. Runs at every worker start; a few thousand organisations take a second or two.
 */
export async function reinstallOrgSchedules(db: Db, log: Logger): Promise<number> {
  let after: string | undefined;
  let count = 0;
  for (;;) {
    const page = await db.organization.findMany({
      select: { id: true, timezone: true, reportDay: true, reportHour: true, repReportsEnabled: true, managerReportsEnabled: true },
      orderBy: { id: "asc" },
      take: 500,
      ...(after ? { where: { id: { gt: after } } } : {}),
    });
    for (const org of page) await installOrgSchedules(org);
    count += page.length;
    if (page.length < 500) break;
    after = page[page.length - 1]!.id;
  }
  log.info({ organisations: count }, "organisation schedules installed");
  return count;
}
