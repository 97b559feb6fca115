import type { Db } from "~/server/db";
import { lastCompletedWeek, type IsoWeek } from "~/domain/time/iso-week";
import { takeWeeklySnapshot } from "~/server/services/snapshots/take-weekly-snapshot";
import { listRecipients, type Recipient } from "./recipients";

/**
 * Prepares an organisation's weekly report run: the ISO week (the last one completed in the org's
 * time zone unless given), that week's snapshot (computed first if the snapshot job has not run
 * yet — rows that exist are kept), and the recipients.
 */
export async function prepareWeeklyRun(db: Db, opts: { organizationId: string; isoWeek?: IsoWeek; now?: Date }): Promise<{ isoWeek: IsoWeek; recipients: Recipient[] }> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: opts.organizationId }, select: { timezone: true } });
  const isoWeek = opts.isoWeek ?? lastCompletedWeek(opts.now ?? new Date(), org.timezone);
  const existing = await db.weeklySnapshot.count({ where: { organizationId: opts.organizationId, isoWeek } });
  if (existing === 0) await takeWeeklySnapshot(db, { organizationId: opts.organizationId, isoWeek, ...(opts.now ? { now: opts.now } : {}) });
  return { isoWeek, recipients: await listRecipients(db, opts.organizationId) };
}
