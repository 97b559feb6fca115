import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { acceptInvitation, describeInvitation } from "~/server/services/invitations/accept-invitation";
import { createInvitation } from "~/server/services/invitations/create-invitation";
import { hashToken } from "~/server/services/invitations/tokens";
import { callerFor } from "../../factories/caller";
import { createOrg, createTeam, createUser } from "../../factories";

describe("invitations", () => {
  it("stores only the token's hash and joins the invited person with the invited role and team", async () => {
    const { org, owner } = await createOrg();
    const team = await createTeam(org.id, "Enterprise");
    const { token, invitation } = await createInvitation(db, { organizationId: org.id, userId: owner.id }, { email: "New.Manager@example.test", role: "MANAGER", teamId: team.id });
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(await db.invitation.findMany())).not.toContain(token);

    const res = await callerFor(null).auth.invitation.signUpAndAccept({ token, name: "Nia Manager", password: "a long password" });
    expect(res.orgSlug).toBe(org.slug);
    const user = await db.user.findUniqueOrThrow({ where: { email: "new.manager@example.test" } });
    const m = await db.membership.findUniqueOrThrow({ where: { organizationId_userId: { organizationId: org.id, userId: user.id } } });
    expect(m.role).toBe("MANAGER");
    const tm = await db.teamMember.findFirstOrThrow({ where: { teamId: team.id, userId: user.id } });
    expect(tm.role).toBe("MANAGER");
  });

  it("lets an existing signed-in user accept, and refuses a reused token", async () => {
    const { org, owner } = await createOrg();
    const rep = await createUser({ email: "rep@example.test" });
    const { token } = await createInvitation(db, { organizationId: org.id, userId: owner.id }, { email: "rep@example.test", role: "REP" });
    await expect(callerFor(rep.id).auth.invitation.accept({ token })).resolves.toEqual({ orgSlug: org.slug });
    expect((await db.membership.findFirstOrThrow({ where: { organizationId: org.id, userId: rep.id } })).role).toBe("REP");
    await expect(callerFor(rep.id).auth.invitation.accept({ token })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "This invitation has already been used.",
    });
    expect((await describeInvitation(db, token)).state).toBe("used");
  });

  it("refuses an expired token and stores nothing", async () => {
    const { org, owner } = await createOrg();
    const { token } = await createInvitation(db, { organizationId: org.id, userId: owner.id }, { email: "late@example.test",
      role: "REP",
      now: new Date(Date.now() - 8 * 86_400_000) });
    expect((await describeInvitation(db, token)).state).toBe("expired");
    await expect(callerFor(null).auth.invitation.signUpAndAccept({ token, name: "Late", password: "a long password" })).rejects.toMatchObject({
      message: "This invitation has expired. Ask your admin for a new one.",
    });
    expect(await db.user.findUnique({ where: { email: "late@example.test" } })).toBeNull();
  });

  it("refuses an invitation addressed to someone else, and a renewed invitation voids the old link", async () => {
    const { org, owner } = await createOrg();
    const other = await createUser({ email: "other@example.test" });
    const first = await createInvitation(db, { organizationId: org.id, userId: owner.id }, { email: "invitee@example.test", role: "REP" });
    await expect(acceptInvitation(db, { token: first.token, userId: other.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const second = await createInvitation(db, { organizationId: org.id, userId: owner.id }, { email: "invitee@example.test", role: "REP" });
    expect((await describeInvitation(db, first.token)).state).toBe("revoked");
    expect((await describeInvitation(db, second.token)).state).toBe("valid");
  });

  it("answers an unknown token as not valid", async () => {
    expect((await describeInvitation(db, "x".repeat(43))).state).toBe("unknown");
  });
});
