import { CronExpressionParser } from "cron-parser";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET, POST } from "~/app/api/unsubscribe/route";
import { db } from "~/server/db";
import { weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { queueFor } from "~/server/jobs/queues";
import { listRecipients } from "~/server/services/reports/recipients";
import { unsubscribeToken } from "~/server/services/reports/unsubscribe-token";
import { prepareWeeklyRun } from "~/server/services/reports/weekly-run";
import { installOrgSchedules, reportCron, reportSchedulerId } from "~/server/services/schedules/org-schedules";
import { callerFor } from "../../factories/caller";
import { addMember, createOrg } from "../../factories";

const APP = process.env.APP_URL!;
const post = (t: string) => POST(new NextRequest(`${APP}/api/unsubscribe?t=${encodeURIComponent(t)}`, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));

describe("one-click unsubscribe (RFC 8058)", () => {
  it("a POST with a valid token unsubscribes with 200 and no redirect, without any cookie", async () => {
    const { org } = await createOrg();
    const { user, membership } = await addMember(org.id, "REP");
    const res = await post(unsubscribeToken(membership.id));
    expect(res.status).toBe(200);
    expect(res.headers.get("location")).toBeNull();
    expect(await res.text()).toContain(user.email);
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).emailReports).toBe(false);
    // An unsubscribed member is no longer a recipient of the next run.
    expect((await listRecipients(db, org.id)).map((r) => r.userId)).not.toContain(user.id);
    // …and can turn reports back on from their account.
    await callerFor(user.id).me.setReportPreferences({ orgSlug: org.slug, emailReports: true });
    expect((await listRecipients(db, org.id)).map((r) => r.userId)).toContain(user.id);
  });

  it("refuses tampered and expired tokens and changes nothing", async () => {
    const { org } = await createOrg();
    const { membership } = await addMember(org.id, "REP");
    const good = unsubscribeToken(membership.id);
    const tampered = good.slice(0, -2) + (good.endsWith("A") ? "BB" : "AA");
    // A different last character (never the same one: ids are random, a fixed "x" matched 1 in 36).
    const otherId = `${membership.id.slice(0, -1)}${membership.id.endsWith("x") ? "y" : "x"}`;
    const otherMember = unsubscribeToken(membership.id).replace(membership.id, otherId);
    const expired = unsubscribeToken(membership.id, new Date(Date.now() - 200 * 86_400_000));
    for (const t of [tampered, otherMember, expired, "garbage", ""]) {
      const res = await post(t);
      expect(res.status, t).toBe(400);
    }
    expect(await (await post(expired)).text()).toMatch(/expired/);
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).emailReports).toBe(true);
  });

  it("a GET only shows the confirmation page and changes nothing", async () => {
    const { org } = await createOrg();
    const { membership } = await addMember(org.id, "REP");
    const t = unsubscribeToken(membership.id);
    const res = GET(new NextRequest(`${APP}/api/unsubscribe?t=${encodeURIComponent(t)}`));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`${APP}/unsubscribe?t=${encodeURIComponent(t)}`);
    expect((await db.membership.findUniqueOrThrow({ where: { id: membership.id } })).emailReports).toBe(true);
  });
});

describe("report schedule in the organisation's time zone", () => {
  it("Tokyo and Los Angeles each run at 08:00 on their own Monday, for their own last completed week", async () => {
    const clock = new Date("2026-11-27T12:00:00Z"); // a controlled "now": Friday
    const next = (tz: string) => CronExpressionParser.parse(reportCron(1, 8), { currentDate: clock, tz }).next().toDate();
    const tokyo = next("Asia/Tokyo");
    const la = next("America/Los_Angeles");
    expect(tokyo.toISOString()).toBe("2026-11-29T23:00:00.000Z"); // Monday 30 Nov 08:00 JST
    expect(la.toISOString()).toBe("2026-11-30T16:00:00.000Z"); // Monday 30 Nov 08:00 PST

    for (const [tz, at] of [["Asia/Tokyo", tokyo], ["America/Los_Angeles", la]] as const) {
      const { org } = await createOrg({ timezone: tz });
      await addMember(org.id, "REP");
      const run = await prepareWeeklyRun(db, { organizationId: org.id, now: at });
      expect(run.isoWeek, tz).toBe("2026-W48"); // the week that just ended locally
      await installOrgSchedules({ ...org, reportDay: 1, reportHour: 8, repReportsEnabled: true, managerReportsEnabled: true });
      const scheduler = await queueFor(weeklyReportJob).getJobScheduler(reportSchedulerId(org.id));
      expect(scheduler).toMatchObject({ tz, pattern: "0 8 * * 1" });
    }
    // At the instant Tokyo's run fires, Los Angeles is still in Sunday: its last completed week is W47.
    const { org: laOrg } = await createOrg({ timezone: "America/Los_Angeles" });
    expect((await prepareWeeklyRun(db, { organizationId: laOrg.id, now: tokyo })).isoWeek).toBe("2026-W47");
  });

  it("removes the report scheduler when both reports are switched off", async () => {
    const { org } = await createOrg();
    await installOrgSchedules({ ...org, reportDay: 5, reportHour: 17, repReportsEnabled: true, managerReportsEnabled: false });
    expect((await queueFor(weeklyReportJob).getJobScheduler(reportSchedulerId(org.id)))?.pattern).toBe("0 17 * * 5");
    await installOrgSchedules({ ...org, reportDay: 5, reportHour: 17, repReportsEnabled: false, managerReportsEnabled: false });
    expect(await queueFor(weeklyReportJob).getJobScheduler(reportSchedulerId(org.id))).toBeUndefined();
  });
});
