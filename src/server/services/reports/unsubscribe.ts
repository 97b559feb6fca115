import type { Db } from "~/server/db";
import { writeAudit } from "~/server/services/audit/write-audit";
import { verifyUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeResult =
  | { ok: true; email: string; orgName: string; already: boolean }
  | { ok: false; reason: "malformed" | "bad-signature" | "expired" | "unknown" };

/** Looks up what a token would unsubscribe (changes nothing: for the GET confirmation page). */
export async function describeUnsubscribe(db: Db, token: string): Promise<UnsubscribeResult> {
  const check = verifyUnsubscribeToken(token);
  if (!check.ok) return check;
  const m = await db.membership.findUnique({
    where: { id: check.membershipId },
    select: { emailReports: true, user: { select: { email: true } }, organization: { select: { name: true } } },
  });
  if (!m) return { ok: false, reason: "unknown" };
  return { ok: true, email: m.user.email, orgName: m.organization.name, already: !m.emailReports };
}

/** RFC 8058 one-click: the signed token alone (no cookie, no session) turns weekly reports off. */
export async function unsubscribe(db: Db, token: string): Promise<UnsubscribeResult> {
  const check = verifyUnsubscribeToken(token);
  if (!check.ok) return check;
  const m = await db.membership.findUnique({
    where: { id: check.membershipId },
    select: { id: true, organizationId: true, userId: true, emailReports: true, user: { select: { email: true } }, organization: { select: { name: true } } },
  });
  if (!m) return { ok: false, reason: "unknown" };
  if (m.emailReports) {
    await db.$transaction(async (tx) => {
      await tx.membership.update({ where: { id: m.id }, data: { emailReports: false } });
      await writeAudit(tx, {
        organizationId: m.organizationId,
        actorId: m.userId,
        action: "member.reports.unsubscribed",
        targetType: "Membership",
        targetId: m.id,
        before: { emailReports: true },
        after: { emailReports: false },
      });
    });
  }
  return { ok: true, email: m.user.email, orgName: m.organization.name, already: !m.emailReports };
}
