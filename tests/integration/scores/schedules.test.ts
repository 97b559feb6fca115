import { CronExpressionParser } from "cron-parser";
import { describe, expect, it } from "vitest";
import { weeklySnapshotJob } from "~/server/jobs/definitions/weekly-snapshot";
import { queueFor } from "~/server/jobs/queues";
import { installOrgSchedules, removeOrgSchedules, snapshotSchedulerId, WEEKLY_SNAPSHOT_CRON } from "~/server/services/schedules/org-schedules";
import { lastCompletedWeek, previousWeek } from "~/domain/time/iso-week";

/** Every run of the weekly cron in `tz` over a year, from a controlled clock (as BullMQ computes them). */
function runsOver(tz: string, from: string, count: number): Date[] {
  const it = CronExpressionParser.parse(WEEKLY_SNAPSHOT_CRON, { currentDate: new Date(from), tz });
  return Array.from({ length: count }, () => it.next().toDate());
}

describe("weekly snapshot schedule", () => {
  for (const tz of ["Europe/Berlin", "America/New_York"]) {
    it(`runs exactly once per ISO week across both DST changes (${tz})`, () => {
      const runs = runsOver(tz, "2026-01-01T00:00:00Z", 60); // covers March and October/November changes
      const weeks = runs.map((r) => lastCompletedWeek(r, tz));
      expect(new Set(weeks).size).toBe(runs.length); // no week twice
      for (let i = 1; i < weeks.length; i++) expect(previousWeek(weeks[i]!, tz)).toBe(weeks[i - 1]); // no week skipped
      for (const r of runs) {
        // Always Monday 00:05 local time, whatever the UTC offset that week.
        const local = new Intl.DateTimeFormat("en-GB", { timeZone: tz, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(r);
        expect(local).toBe("Mon 00:05");
      }
      const offsets = new Set(runs.map((r) => r.getUTCHours()));
      expect(offsets.size).toBe(2); // the UTC hour moved with DST, the local hour did not
    });
  }

  it("installs one scheduler per organisation in its time zone, moves it on a time-zone change, and removes it", async () => {
    const org = { id: `sched-${Date.now()}`, timezone: "Asia/Tokyo", reportDay: 1, reportHour: 8, repReportsEnabled: true, managerReportsEnabled: true };
    const queue = queueFor(weeklySnapshotJob);
    await installOrgSchedules(org);
    await installOrgSchedules(org); // idempotent
    let scheduler = await queue.getJobScheduler(snapshotSchedulerId(org.id));
    expect(scheduler?.tz).toBe("Asia/Tokyo");
    expect(scheduler?.pattern).toBe(WEEKLY_SNAPSHOT_CRON);
    const expectedNext = (tz: string) => CronExpressionParser.parse(WEEKLY_SNAPSHOT_CRON, { currentDate: new Date(), tz }).next().toDate().getTime();
    expect(scheduler!.next).toBe(expectedNext("Asia/Tokyo"));

    await installOrgSchedules({ ...org, timezone: "America/Los_Angeles" });
    scheduler = await queue.getJobScheduler(snapshotSchedulerId(org.id));
    expect(scheduler?.tz).toBe("America/Los_Angeles");
    // The next run moved to Monday 00:05 in Los Angeles.
    expect(scheduler!.next).toBe(expectedNext("America/Los_Angeles"));
    const all = await queue.getJobSchedulers();
    expect(all.filter((s) => s.key === snapshotSchedulerId(org.id))).toHaveLength(1);

    await removeOrgSchedules(org.id);
    expect(await queue.getJobScheduler(snapshotSchedulerId(org.id))).toBeUndefined();
  });
});
