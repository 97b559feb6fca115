import type { EmailKind } from "@prisma/client";
import type { Transporter } from "nodemailer";
import { env } from "~/env";
import type { Caller, TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { lastCompletedWeek } from "~/domain/time/iso-week";
import { renderReportFor } from "./send-report";
import type { RenderedEmail } from "./render-report";

/** This week's report of a member, rendered for an admin's preview (nothing is sent or logged). */
export async function previewReport(db: Db, actor: TenantActor, opts: { userId: string; kind: EmailKind; now?: Date }): Promise<(RenderedEmail & { isoWeek: string }) | null> {
  const member = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: actor.organizationId, userId: opts.userId } },
    select: { id: true, organization: { select: { timezone: true } } },
  });
  if (!member) throw notFound("Member not found");
  const isoWeek = lastCompletedWeek(opts.now ?? new Date(), member.organization.timezone);
  const email = await renderReportFor(db, { organizationId: actor.organizationId, userId: opts.userId, isoWeek, kind: opts.kind });
  return email ? { ...email, isoWeek } : null;
}

/** Sends a preview to the calling admin's own address, marked as a test and outside the EmailLog ledger. */
export async function sendTestReport(
  db: Db,
  caller: Caller,
  opts: { userId: string; kind: EmailKind; transport: Transporter },
): Promise<{ to: string; subject: string } | null> {
  const email = await previewReport(db, caller, opts);
  if (!email) return null;
  const me = await db.user.findUniqueOrThrow({ where: { id: caller.userId }, select: { email: true, name: true } });
  const subject = `[Test] ${email.subject}`;
  await opts.transport.sendMail({ from: env.MAIL_FROM, to: { name: me.name, address: me.email }, subject, html: email.html, text: email.text });
  return { to: me.email, subject };
}
