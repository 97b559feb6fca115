import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// The invitation e-mail goes through real SMTP to this suite's capture server.
const SMTP_PORT = vi.hoisted(() => {
  const port = 29000 + (process.pid % 1000) + Number(process.env.VITEST_POOL_ID ?? 0) * 1000;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.APP_URL = "http://localhost:3000";
  return port;
});

import type { Transporter } from "nodemailer";
import { db } from "~/server/db";
import { describeInvitation } from "~/server/services/invitations/accept-invitation";
import { hashToken } from "~/server/services/invitations/tokens";
import { startCaptureServer, type CaptureServer } from "~/server/services/mail/capture-server";
import { closeMailTransport } from "~/server/services/mail/transport";
import { inviteMember } from "~/server/services/invitations/invite-member";
import { callerFor } from "../../factories/caller";
import { parsed } from "../../factories/reports";
import { addMember, createTeam } from "../../factories";
import { settingsFixture } from "./helpers";

let smtp: CaptureServer;
beforeAll(async () => {
  smtp = await startCaptureServer({ port: SMTP_PORT });
});
afterAll(async () => {
  closeMailTransport();
  await smtp.close();
});

/** The accept link in the last e-mail to `to`. */
async function linkFor(to: string) {
  const mails = await parsed(smtp.messages.filter((m) => m.to.includes(to)));
  const last = mails.at(-1);
  if (!last) throw new Error(`no e-mail to ${to}`);
  const text = last.mail.text ?? "";
  const match = /http:\/\/localhost:3000\/invite\/([A-Za-z0-9_-]{20,100})/.exec(text);
  if (!match) throw new Error(`no invite link in:\n${text}`);
  return { url: match[0], token: match[1]!, mail: last.mail, count: mails.length };
}

describe("invitations from settings", () => {
  it("e-mails a one-time link; accepting it makes the person a member with the invited role and team", async () => {
    const f = await settingsFixture({ name: "Inviting Org" });
    const admin = callerFor(f.admin.user.id);
    const res = await admin.settings.invitations.create({ orgSlug: f.org.slug, email: "New.Manager@Example.test", role: "MANAGER", teamId: f.team.id });
    expect(res).toMatchObject({ email: "new.manager@example.test", role: "MANAGER", emailSent: true });

    const { token, mail } = await linkFor("new.manager@example.test");
    expect(mail.subject).toBe("Join Inviting Org on SSI Coach");
    expect(mail.text).toContain("Ada Admin invited you to Inviting Org as Manager in team Enterprise");
    expect(typeof mail.html === "string" && mail.html.includes(`/invite/${token}`)).toBe(true);
    // Only the hash is stored.
    const row = await db.invitation.findUniqueOrThrow({ where: { id: res.invitationId } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await admin.settings.invitations.list({ orgSlug: f.org.slug })).map((i) => i.email)).toContain("new.manager@example.test");

    await callerFor(null).auth.invitation.signUpAndAccept({ token, name: "Nia Manager", password: "a long password" });
    const members = await admin.settings.members.list({ orgSlug: f.org.slug });
    const nia = members.find((m) => m.email === "new.manager@example.test");
    expect(nia).toMatchObject({ name: "Nia Manager", role: "MANAGER", teams: [{ id: f.team.id, name: "Enterprise", role: "MANAGER" }] });
    expect((await admin.settings.invitations.list({ orgSlug: f.org.slug })).map((i) => i.email)).not.toContain("new.manager@example.test");
    // Single use.
    expect((await describeInvitation(db, token)).state).toBe("used");
    await expect(callerFor(nia!.userId).auth.invitation.accept({ token })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "This invitation has already been used." });
    const audit = await db.auditLog.findMany({ where: { organizationId: f.org.id, action: { startsWith: "invitation." } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["invitation.created", "invitation.accepted"]));
    expect(audit.find((a) => a.action === "invitation.created" && a.targetId === res.invitationId)?.actorId).toBe(f.admin.user.id);
  });

  it("resend renews the token (the old link dies) and the expiry; revoke withdraws the link", async () => {
    const f = await settingsFixture();
    const owner = callerFor(f.owner.id);
    const created = await owner.settings.invitations.create({ orgSlug: f.org.slug, email: "slow@example.test", role: "REP", teamId: null });
    const first = await linkFor("slow@example.test");
    await db.invitation.update({ where: { id: created.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await owner.settings.invitations.list({ orgSlug: f.org.slug })).find((i) => i.id === created.invitationId)?.expired).toBe(true);

    const resent = await owner.settings.invitations.resend({ orgSlug: f.org.slug, invitationId: created.invitationId });
    expect(resent.emailSent).toBe(true);
    expect(resent.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const second = await linkFor("slow@example.test");
    expect(second.count).toBe(first.count + 1);
    expect(second.token).not.toBe(first.token);
    expect((await describeInvitation(db, first.token)).state).toBe("unknown");
    expect((await describeInvitation(db, second.token)).state).toBe("valid");

    await owner.settings.invitations.revoke({ orgSlug: f.org.slug, invitationId: created.invitationId });
    expect((await describeInvitation(db, second.token)).state).toBe("revoked");
    expect((await owner.settings.invitations.list({ orgSlug: f.org.slug })).find((i) => i.id === created.invitationId)).toBeUndefined();
    await expect(owner.settings.invitations.resend({ orgSlug: f.org.slug, invitationId: created.invitationId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const actions = (await db.auditLog.findMany({ where: { organizationId: f.org.id, targetId: created.invitationId } })).map((a) => a.action).sort();
    expect(actions).toEqual(["invitation.created", "invitation.resent", "invitation.revoked"]);
  });

  it("a CSV invites many and reports every row", async () => {
    const f = await settingsFixture();
    await createTeam(f.org.id, "SMB");
    await addMember(f.org.id, "REP", { email: "already@example.test" });
    const csv = [
      "email,role,team",
      "one@example.test,rep,SMB",
      "two@example.test,manager,",
      "not-an-address,rep,",
      "three@example.test,wizard,",
      "four@example.test,rep,No Such Team",
      "already@example.test,rep,",
      "ONE@example.test,rep,",
      "five@example.test,,",
    ].join("\n");
    const res = await callerFor(f.owner.id).settings.invitations.bulk({ orgSlug: f.org.slug, csv, defaultRole: "REP", defaultTeamId: f.team.id });
    expect(res.results.map((r) => [r.line, r.email, r.status])).toEqual([
      [2, "one@example.test", "sent"],
      [3, "two@example.test", "sent"],
      [4, "not-an-address", "failed"],
      [5, "three@example.test", "failed"],
      [6, "four@example.test", "failed"],
      [7, "already@example.test", "failed"],
      [8, "one@example.test", "failed"],
      [9, "five@example.test", "sent"],
    ]);
    expect(res).toMatchObject({ sent: 3, failed: 5, notSent: 0 });
    expect(res.results[4]!.message).toBe('No team called "No Such Team"');
    expect(res.results[5]!.message).toBe("already@example.test is already a member");
    const pending = await db.invitation.findMany({ where: { organizationId: f.org.id, email: { in: ["one@example.test", "two@example.test", "five@example.test"] } }, include: { team: true } });
    expect(Object.fromEntries(pending.map((p) => [p.email, [p.role, p.team?.name ?? null]]))).toEqual({
      "one@example.test": ["REP", "SMB"],
      "two@example.test": ["MANAGER", "Enterprise"],
      "five@example.test": ["REP", "Enterprise"],
    });
    for (const to of ["one@example.test", "two@example.test", "five@example.test"]) await expect(linkFor(to)).resolves.toBeTruthy();
  });

  it("keeps the invitation when the SMTP server refuses, and says so", async () => {
    const f = await settingsFixture();
    const broken = { sendMail: () => Promise.reject(new Error("connection refused")) } as unknown as Transporter;
    const res = await inviteMember(db, { organizationId: f.org.id, userId: f.owner.id }, { email: "later@example.test", role: "REP", teamId: null, transport: broken });
    expect(res.emailSent).toBe(false);
    expect(await db.invitation.count({ where: { organizationId: f.org.id, email: "later@example.test", revokedAt: null } })).toBe(1);
  });

  it("refuses an owner invitation and an invitation of a member", async () => {
    const f = await settingsFixture();
    const owner = callerFor(f.owner.id);
    await expect(owner.settings.invitations.create({ orgSlug: f.org.slug, email: "x@example.test", role: "OWNER" as never, teamId: null })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(owner.settings.invitations.create({ orgSlug: f.org.slug, email: f.rep.user.email, role: "REP", teamId: null })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
