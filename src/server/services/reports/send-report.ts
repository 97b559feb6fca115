import type { EmailKind } from "@prisma/client";
import type { Transporter } from "nodemailer";
import { env } from "~/env";
import type { Db } from "~/server/db";
import type { IsoWeek } from "~/server/services/snapshots/iso-week";
import { buildManagerReport } from "./manager-report-data";
import { renderManagerReport, renderRepReport, type RenderedEmail } from "./render-report";
import { buildRepReport } from "./rep-report-data";
import { unsubscribeUrls } from "./unsubscribe-token";

export type SendOutcome = "sent" | "already-sent" | "unsubscribed" | "no-data";

export interface SendReportOptions {
  organizationId: string;
  userId: string;
  isoWeek: IsoWeek;
  kind: EmailKind;
  transport: Transporter;
  now?: Date;
  /** Called once the EmailLog row is claimed, before sending (progress reporting). */
  onClaimed?: () => Promise<void> | void;
}

/** A stable Message-ID per user, week and kind: mail systems drop a re-delivered duplicate. */
const messageIdOf = (o: { organizationId: string; userId: string; isoWeek: string; kind: EmailKind }) =>
  `<${o.kind.toLowerCase()}.${o.isoWeek}.${o.userId}.${o.organizationId}@${new URL(env.APP_URL).hostname}>`;

export async function renderReportFor(db: Db, o: { organizationId: string; userId: string; isoWeek: IsoWeek; kind: EmailKind; now?: Date }): Promise<RenderedEmail | null> {
  if (o.kind === "REP_REPORT") {
    const data = await buildRepReport(db, o);
    return data ? renderRepReport(data) : null;
  }
  const data = await buildManagerReport(db, o);
  return data ? renderManagerReport(data) : null;
}

/**
 * Sends one weekly report at most once: an EmailLog row (unique per org, user, week and kind) is
 * claimed before sending and marked SENT after. A retry finds SENT and stops; a failed send stays
 * FAILED (with the error) for the job's retries. The only ambiguous moment is a crash between the
 * SMTP server accepting the message and the SENT mark; the retry then re-sends with the same
 * Message-ID, which receiving systems treat as the same message.
 */
export async function sendReport(db: Db, o: SendReportOptions): Promise<SendOutcome> {
  const membership = await db.membership.findUnique({
    where: { organizationId_userId: { organizationId: o.organizationId, userId: o.userId } },
    select: { id: true, emailReports: true, user: { select: { email: true, name: true } } },
  });
  if (!membership?.emailReports) return "unsubscribed";

  const key = { organizationId: o.organizationId, userId: o.userId, isoWeek: o.isoWeek, kind: o.kind };
  await db.emailLog.createMany({ data: [key], skipDuplicates: true });
  const log = await db.emailLog.findUniqueOrThrow({ where: { organizationId_userId_isoWeek_kind: key } });
  if (log.status === "SENT") return "already-sent";
  await o.onClaimed?.();

  const email = await renderReportFor(db, o);
  if (!email) {
    await db.emailLog.delete({ where: { id: log.id } });
    return "no-data";
  }
  const urls = unsubscribeUrls(membership.id, o.now);
  const messageId = messageIdOf(o);
  try {
    await db.emailLog.update({ where: { id: log.id }, data: { attempts: { increment: 1 } } });
    await o.transport.sendMail({
      from: env.MAIL_FROM,
      to: { name: membership.user.name, address: membership.user.email },
      subject: email.subject,
      html: email.html,
      text: email.text,
      messageId,
      headers: {
        "List-Unsubscribe": `<${urls.oneClick}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "X-SSI-Report": `${o.kind}; ${o.isoWeek}`,
      },
    });
  } catch (err) {
    await db.emailLog.update({ where: { id: log.id }, data: { status: "FAILED", error: (err as Error).message.slice(0, 500) } });
    throw err;
  }
  await db.emailLog.update({ where: { id: log.id }, data: { status: "SENT", sentAt: new Date(), messageId, error: null } });
  return "sent";
}
