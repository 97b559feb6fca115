import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { callerFor } from "../../factories/caller";
import { addMember } from "../../factories";
import { codeOf, settingsFixture } from "./helpers";

describe("members", () => {
  it("lists role, teams and last activity", async () => {
    const f = await settingsFixture();
    await callerFor(f.rep.user.id).org.current({ orgSlug: f.org.slug }); // marks the rep active
    const list = await callerFor(f.manager.user.id).settings.members.list({ orgSlug: f.org.slug });
    expect(list).toHaveLength(4);
    const rita = list.find((m) => m.userId === f.rep.user.id)!;
    expect(rita).toMatchObject({ role: "REP", teams: [{ id: f.team.id, name: "Enterprise", role: "MEMBER" }] });
    expect(rita.lastActiveAt).toBeInstanceOf(Date);
  });

  it("the last owner can be neither demoted nor removed; nobody changes their own role; only owners touch owners", async () => {
    const f = await settingsFixture();
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { organizationId: f.org.id, userId: f.owner.id } });
    const owner = callerFor(f.owner.id);
    const admin = callerFor(f.admin.user.id);
    const s = f.org.slug;
    const cells: [string, () => Promise<unknown>, string][] = [
      ["owner demotes self (last owner)", () => owner.settings.members.changeRole({ orgSlug: s, membershipId: ownerMembership.id, role: "ADMIN" }), "PRECONDITION_FAILED"],
      ["owner removes self (last owner)", () => owner.settings.members.remove({ orgSlug: s, membershipId: ownerMembership.id }), "PRECONDITION_FAILED"],
      ["admin demotes the last owner", () => admin.settings.members.changeRole({ orgSlug: s, membershipId: ownerMembership.id, role: "REP" }), "PRECONDITION_FAILED"],
      ["admin removes the last owner", () => admin.settings.members.remove({ orgSlug: s, membershipId: ownerMembership.id }), "PRECONDITION_FAILED"],
      ["admin changes own role", () => admin.settings.members.changeRole({ orgSlug: s, membershipId: f.admin.membership.id, role: "MANAGER" }), "FORBIDDEN"],
      ["admin removes self", () => admin.settings.members.remove({ orgSlug: s, membershipId: f.admin.membership.id }), "FORBIDDEN"],
      ["admin makes someone owner", () => admin.settings.members.changeRole({ orgSlug: s, membershipId: f.rep.membership.id, role: "OWNER" }), "FORBIDDEN"],
    ];
    for (const [name, call, want] of cells) expect(await codeOf(call()), name).toBe(want);
    expect(cells).toHaveLength(7);
    expect((await db.membership.findUniqueOrThrow({ where: { id: ownerMembership.id } })).role).toBe("OWNER");

    // With a second owner, one owner may demote the other, but an admin still may not.
    await owner.settings.members.changeRole({ orgSlug: s, membershipId: f.admin.membership.id, role: "OWNER" });
    const other = await addMember(f.org.id, "ADMIN");
    expect(await codeOf(callerFor(other.user.id).settings.members.changeRole({ orgSlug: s, membershipId: ownerMembership.id, role: "ADMIN" }))).toBe("FORBIDDEN");
    await callerFor(f.admin.user.id).settings.members.changeRole({ orgSlug: s, membershipId: ownerMembership.id, role: "ADMIN" });
    expect((await db.membership.findUniqueOrThrow({ where: { id: ownerMembership.id } })).role).toBe("ADMIN");
    // Now f.admin is the only owner again: the former owner cannot demote them.
    expect(await codeOf(callerFor(f.owner.id).settings.members.changeRole({ orgSlug: s, membershipId: f.admin.membership.id, role: "ADMIN" }))).toBe("PRECONDITION_FAILED");
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: f.org.id, action: "member.role_changed", targetId: ownerMembership.id } });
    expect(audit).toMatchObject({ actorId: f.admin.user.id, before: { role: "OWNER" }, after: { role: "ADMIN" } });
  });

  it("two owners demoting each other at the same moment leave one owner", async () => {
    const f = await settingsFixture();
    await callerFor(f.owner.id).settings.members.changeRole({ orgSlug: f.org.slug, membershipId: f.admin.membership.id, role: "OWNER" });
    const ownerMembership = await db.membership.findFirstOrThrow({ where: { organizationId: f.org.id, userId: f.owner.id } });
    const results = await Promise.allSettled([
      callerFor(f.owner.id).settings.members.changeRole({ orgSlug: f.org.slug, membershipId: f.admin.membership.id, role: "ADMIN" }),
      callerFor(f.admin.user.id).settings.members.changeRole({ orgSlug: f.org.slug, membershipId: ownerMembership.id, role: "ADMIN" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.membership.count({ where: { organizationId: f.org.id, role: "OWNER" } })).toBe(1);
  });

  it("removing a member ends their access and team places; their rep data stays, archived", async () => {
    const f = await settingsFixture();
    const activities = await db.activity.count({ where: { repId: f.rep.rep.id } });
    expect(activities).toBeGreaterThan(0);
    await callerFor(f.admin.user.id).settings.members.remove({ orgSlug: f.org.slug, membershipId: f.rep.membership.id });
    expect(await codeOf(callerFor(f.rep.user.id).org.current({ orgSlug: f.org.slug }))).toBe("NOT_FOUND");
    expect(await db.teamMember.count({ where: { userId: f.rep.user.id } })).toBe(0);
    const profile = await db.repProfile.findUniqueOrThrow({ where: { id: f.rep.rep.id } });
    expect(profile.archivedAt).toBeInstanceOf(Date);
    expect(await db.activity.count({ where: { repId: f.rep.rep.id } })).toBe(activities);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: f.org.id, action: "member.removed" } });
    expect(audit).toMatchObject({ actorId: f.admin.user.id, targetId: f.rep.membership.id, before: { email: f.rep.user.email, role: "REP" } });
  });

  it("demoting a manager to rep ends their team management", async () => {
    const f = await settingsFixture();
    await callerFor(f.owner.id).settings.members.changeRole({ orgSlug: f.org.slug, membershipId: f.manager.membership.id, role: "REP" });
    expect(await db.teamMember.count({ where: { userId: f.manager.user.id, role: "MANAGER" } })).toBe(0);
  });
});
