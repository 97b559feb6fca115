import type { Db } from "~/server/db";
import { lastCompletedWeek, lastWeeks, type IsoWeek } from "~/domain/time/iso-week";
import { takeWeeklySnapshot } from "./take-weekly-snapshot";

/**
 * Historical weekly snapshots from stored activity: the last `weeks` completed ISO weeks (org time
 * zone), oldest first, replacing existing rows. With `repIds`, only those reps (after an import).
 */
export async function backfillSnapshots(
  db: Db,
  opts: { organizationId: string; weeks: number; repIds?: string[]; now?: Date; onWeek?: (week: IsoWeek, done: number, total: number) => void | Promise<void> },
): Promise<{ weeks: IsoWeek[]; rows: number }> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: opts.organizationId }, select: { timezone: true } });
  const now = opts.now ?? new Date();
  const last = lastCompletedWeek(now, org.timezone);
  const weeks = lastWeeks(new Date(now.getTime() - 7 * 86_400_000), org.timezone, opts.weeks).filter((w) => w <= last);
  let rows = 0;
  for (const [i, week] of weeks.entries()) {
    const res = await takeWeeklySnapshot(db, {
      organizationId: opts.organizationId,
      isoWeek: week,
      overwrite: true,
      now,
      ...(opts.repIds ? { repIds: opts.repIds } : {}),
    });
    rows += res.written;
    await opts.onWeek?.(week, i + 1, weeks.length);
  }
  return { weeks, rows };
}
