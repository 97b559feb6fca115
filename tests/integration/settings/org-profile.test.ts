import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { weeklySnapshotJob } from "~/server/jobs/definitions/weekly-snapshot";
import { queueNamesOf } from "~/server/jobs/define-job";
import { queueFor, queueNamed } from "~/server/jobs/queues";
import { resolveMembership } from "~/server/services/members/resolve-membership";
import { currentSlugForAlias } from "~/server/services/orgs/org-from-alias";
import { reportSchedulerId, snapshotSchedulerId } from "~/server/services/schedules/org-schedules";
import { callerFor } from "../../factories/caller";
import { createOrg } from "../../factories";
import { codeOf, settingsFixture } from "./helpers";

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as TRPCError & { shape?: unknown });

describe("organisation profile", () => {
  it("renames the slug, keeps the old one as a redirect alias, and refuses taken or invalid slugs", async () => {
    const f = await settingsFixture();
    const { org: other } = await createOrg({ slug: `taken-${f.org.slug}` });
    const owner = callerFor(f.owner.id);
    const old = f.org.slug;

    const taken = await errorOf(owner.settings.org.update({ orgSlug: old, slug: other.slug }));
    expect(taken?.code).toBe("CONFLICT");
    expect((taken?.cause as { details?: { fields?: Record<string, string> } })?.details?.fields).toEqual({ slug: "That address is already taken" });
    expect(await codeOf(owner.settings.org.update({ orgSlug: old, slug: "settings" }))).toBe("BAD_REQUEST");
    expect(await codeOf(owner.settings.org.update({ orgSlug: old, slug: "Bad Slug!" }))).toBe("BAD_REQUEST");

    const res = await owner.settings.org.update({ orgSlug: old, slug: `${old}-renamed` });
    expect(res.org.slug).toBe(`${old}-renamed`);
    expect(await currentSlugForAlias(db, old)).toBe(`${old}-renamed`);
    expect(await resolveMembership(db, f.owner.id, old)).toBeNull(); // the page resolves the alias and redirects
    expect(await resolveMembership(db, f.owner.id, `${old}-renamed`)).not.toBeNull();
    // Another organisation cannot take the old address: its links still point here.
    const otherOwner = await db.membership.findFirstOrThrow({ where: { organizationId: other.id, role: "OWNER" } });
    expect(await codeOf(callerFor(otherOwner.userId).settings.org.update({ orgSlug: other.slug, slug: old }))).toBe("CONFLICT");
    // Taking back one's own old slug drops that alias and keeps the intermediate one.
    await callerFor(f.owner.id).settings.org.update({ orgSlug: `${old}-renamed`, slug: old });
    expect(await currentSlugForAlias(db, old)).toBeNull();
    expect(await currentSlugForAlias(db, `${old}-renamed`)).toBe(old);
    const audit = await db.auditLog.findMany({ where: { organizationId: f.org.id, action: "org.updated" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.after)).toEqual([{ slug: `${old}-renamed` }, { slug: old }]);
    expect(audit[0]).toMatchObject({ actorId: f.owner.id, before: { slug: old } });
  });

  it("time zone moves the schedules; ICP keywords queue a recompute of every active rep; goals are validated", async () => {
    const f = await settingsFixture();
    const admin = callerFor(f.admin.user.id);
    const s = f.org.slug;
    await admin.settings.org.update({ orgSlug: s, timezone: "Asia/Tokyo", goalTarget: 75, minPersonalTarget: 60, repLeaderboardEnabled: true });
    expect((await queueFor(weeklySnapshotJob).getJobScheduler(snapshotSchedulerId(f.org.id)))?.tz).toBe("Asia/Tokyo");
    expect((await queueFor(weeklyReportJob).getJobScheduler(reportSchedulerId(f.org.id)))?.tz).toBe("Asia/Tokyo");

    await db.repProfile.update({ where: { id: f.admin.rep.id }, data: { archivedAt: new Date() } });
    const res = await admin.settings.org.update({ orgSlug: s, icpTitles: [" VP ", "vp", "Director"], icpIndustries: ["Retail"] });
    expect(res.org).toMatchObject({ icpTitles: ["VP", "Director"], icpIndustries: ["Retail"] });
    const waiting = (await Promise.all(queueNamesOf(recomputeJob).map((q) => queueNamed(q).getJobs(["waiting", "prioritized", "delayed"]))))
      .flat()
      .filter((j) => j.data.organizationId === f.org.id)
      .map((j) => j.data.repId as string)
      .sort();
    const active = await db.repProfile.findMany({ where: { organizationId: f.org.id, archivedAt: null }, select: { id: true } });
    expect(waiting).toEqual(active.map((r) => r.id).sort());
    expect(waiting).not.toContain(f.admin.rep.id);

    expect(await codeOf(admin.settings.org.update({ orgSlug: s, minPersonalTarget: 80 }))).toBe("BAD_REQUEST"); // above the goal (75)
    expect(await codeOf(admin.settings.org.update({ orgSlug: s, goalTarget: 101 }))).toBe("BAD_REQUEST");
    expect(await codeOf(admin.settings.org.update({ orgSlug: s, timezone: "Mars/Olympus" }))).toBe("BAD_REQUEST");
    expect(await codeOf(admin.settings.org.update({ orgSlug: s, industry: "astrology" }))).toBe("BAD_REQUEST");
    await admin.settings.org.update({ orgSlug: s, industry: "logistics", minPersonalTarget: null });
    const profile = await callerFor(f.manager.user.id).settings.org.get({ orgSlug: s });
    expect(profile.org).toMatchObject({ timezone: "Asia/Tokyo", goalTarget: 75, minPersonalTarget: null, industry: "logistics", repLeaderboardEnabled: true });
    expect(profile.timeZones).toContain("UTC");
    expect(profile.industries.map((i) => i.key)).toContain("logistics");
  });

  it("a manager reads the profile but cannot change it", async () => {
    const f = await settingsFixture();
    expect(await codeOf(callerFor(f.manager.user.id).settings.org.update({ orgSlug: f.org.slug, goalTarget: 50 }))).toBe("FORBIDDEN");
    expect((await db.organization.findUniqueOrThrow({ where: { id: f.org.id } })).goalTarget).toBe(70);
  });
});
