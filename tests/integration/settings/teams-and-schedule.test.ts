import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { queueFor } from "~/server/jobs/queues";
import { reportCron, reportSchedulerId } from "~/server/services/schedules/org-schedules";
import { callerFor } from "../../factories/caller";
import { addMember } from "../../factories";
import { codeOf, settingsFixture } from "./helpers";

describe("teams", () => {
  it("creates, renames and deletes teams; several managers; moving a rep moves them", async () => {
    const f = await settingsFixture();
    const admin = callerFor(f.admin.user.id);
    const s = f.org.slug;
    const manager2 = await addMember(f.org.id, "MANAGER", { name: "Max Manager" });
    const smb = await admin.settings.teams.create({ orgSlug: s, name: "SMB", managerIds: [f.manager.user.id, manager2.user.id], memberIds: [f.rep.user.id] });

    const teams = await callerFor(f.manager.user.id).settings.teams.list({ orgSlug: s });
    const byName = Object.fromEntries(teams.map((t) => [t.name, t]));
    expect(byName.SMB!.managers.map((m) => m.name)).toEqual(["Max Manager", "Maya Manager"]);
    expect(byName.SMB!.members.map((m) => m.userId)).toEqual([f.rep.user.id]);
    // Rita moved out of Enterprise; Maya still manages both.
    expect(byName.Enterprise!.members).toEqual([]);
    expect(byName.Enterprise!.managers.map((m) => m.userId)).toEqual([f.manager.user.id]);
    expect(await db.teamMember.count({ where: { userId: f.rep.user.id, role: "MEMBER" } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: f.org.id, action: "team.members_updated", targetId: smb.id } });
    expect(audit.after).toMatchObject({ movedFrom: [{ userId: f.rep.user.id, teamId: f.team.id }] });

    expect(await codeOf(admin.settings.teams.create({ orgSlug: s, name: "SMB" }))).toBe("CONFLICT");
    expect(await codeOf(admin.settings.teams.rename({ orgSlug: s, teamId: smb.id, name: "Enterprise" }))).toBe("CONFLICT");
    // A rep cannot manage; a person cannot be both; strangers cannot be added.
    expect(await codeOf(admin.settings.teams.setPeople({ orgSlug: s, teamId: smb.id, managerIds: [f.rep.user.id], memberIds: [] }))).toBe("BAD_REQUEST");
    expect(await codeOf(admin.settings.teams.setPeople({ orgSlug: s, teamId: smb.id, managerIds: [f.manager.user.id], memberIds: [f.manager.user.id] }))).toBe("BAD_REQUEST");
    const { org: otherOrg } = await settingsFixture().then((o) => ({ org: o.org, user: o.rep.user }));
    const stranger = await db.membership.findFirstOrThrow({ where: { organizationId: otherOrg.id } });
    expect(await codeOf(admin.settings.teams.setPeople({ orgSlug: s, teamId: smb.id, managerIds: [], memberIds: [stranger.userId] }))).toBe("BAD_REQUEST");

    await admin.settings.teams.rename({ orgSlug: s, teamId: smb.id, name: "Small Business" });
    await admin.settings.teams.delete({ orgSlug: s, teamId: smb.id });
    expect((await admin.settings.teams.list({ orgSlug: s })).map((t) => t.name)).toEqual(["Enterprise"]);
    // Deleting a team keeps its people in the organisation.
    expect(await db.membership.count({ where: { organizationId: f.org.id, userId: f.rep.user.id } })).toBe(1);
    const actions = (await db.auditLog.findMany({ where: { organizationId: f.org.id, targetId: smb.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["team.created", "team.members_updated", "team.renamed", "team.deleted"]);
  });

  it("two admins putting the same rep in two teams at once leave them in one", async () => {
    const f = await settingsFixture();
    const a = await callerFor(f.owner.id).settings.teams.create({ orgSlug: f.org.slug, name: "A" });
    const b = await callerFor(f.owner.id).settings.teams.create({ orgSlug: f.org.slug, name: "B" });
    await Promise.all([
      callerFor(f.owner.id).settings.teams.setPeople({ orgSlug: f.org.slug, teamId: a.id, managerIds: [], memberIds: [f.rep.user.id] }),
      callerFor(f.admin.user.id).settings.teams.setPeople({ orgSlug: f.org.slug, teamId: b.id, managerIds: [], memberIds: [f.rep.user.id] }),
    ]);
    expect(await db.teamMember.count({ where: { userId: f.rep.user.id, role: "MEMBER" } })).toBe(1);
  });
});

describe("weekly report schedule", () => {
  it("saves day, hour and switches, then moves or removes the report scheduler", async () => {
    const f = await settingsFixture();
    const admin = callerFor(f.admin.user.id);
    const res = await admin.settings.schedule.update({ orgSlug: f.org.slug, reportDay: 5, reportHour: 16, repReportsEnabled: true, managerReportsEnabled: false });
    expect(res.warnings).toEqual([]);
    const scheduler = await queueFor(weeklyReportJob).getJobScheduler(reportSchedulerId(f.org.id));
    expect(scheduler?.pattern).toBe(reportCron(5, 16));
    expect(await admin.settings.schedule.get({ orgSlug: f.org.slug })).toMatchObject({ reportDay: 5, reportHour: 16, repReportsEnabled: true, managerReportsEnabled: false });

    await admin.settings.schedule.update({ orgSlug: f.org.slug, reportDay: 5, reportHour: 16, repReportsEnabled: false, managerReportsEnabled: false });
    expect(await queueFor(weeklyReportJob).getJobScheduler(reportSchedulerId(f.org.id))).toBeFalsy();
    const audit = await db.auditLog.findMany({ where: { organizationId: f.org.id, action: "org.report_schedule_updated" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.after)).toEqual([{ reportDay: 5, reportHour: 16, managerReportsEnabled: false }, { repReportsEnabled: false }]);
    expect(await codeOf(admin.settings.schedule.update({ orgSlug: f.org.slug, reportDay: 8, reportHour: 16, repReportsEnabled: true, managerReportsEnabled: true }))).toBe("BAD_REQUEST");
  });
});
