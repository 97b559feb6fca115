import type { EmailKind } from "@prisma/client";
import type { Transporter } from "nodemailer";
import { env } from "~/env";
import type { Db } from "~/server/db";
import type { IsoWeek } from "~/domain/time/iso-week";
import { buildManagerReport } from "./manager-report-data";
import { renderManagerReport, renderRepReport, type RenderedEmail } from "./render-report";
import { buildRepReport, buildRepReports } from "./rep-report-data";
import { unsubscribeUrls } from "./unsubscribe-token";

export type SendOutcome = "sent" | "already-sent" | "unsubscribed" | "no-data" | "failed";

export interface ReportRecipient {
  userId: string;
  kind: EmailKind;
}

export interface SendReportsOptions {
  organizationId: string;
  isoWeek: IsoWeek;
  recipients: ReportRecipient[];
  transport: Transporter;
  now?: Date;
  /** Called once the batch's EmailLog rows are claimed, before anything is sent. */
  onClaimed?: () => Promise<void> | void;
  onSent?: (done: number, total: number) => Promise<void> | void;
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

export class ReportSendFailed extends Error {
  constructor(readonly failures: { userId: string; error: string }[]) {
    super(`${failures.length} report(s) failed: ${failures.map((f) => f.error).slice(0, 3).join("; ")}`);
    this.name = "ReportSendFailed";
  }
}

/**
 * Sends a batch of weekly reports, each at most once: EmailLog rows (unique per org, user, week
 * and kind) are claimed before sending and marked SENT one by one after. A retry finds SENT and
 * skips; a failed send is recorded FAILED and reported in `failures` (the job then throws so it
 * is retried with backoff) after the others were tried. The only ambiguous moment is a crash between the SMTP server accepting
 * a message and its SENT mark; the retry re-sends it with the same Message-ID, which receiving
 * systems treat as the same message. Report data is built set-based for the whole batch.
 */
export async function sendReports(db: Db, o: SendReportsOptions): Promise<{ outcomes: Map<string, SendOutcome>; failures: { userId: string; error: string }[] }> {
  const outcomes = new Map<string, SendOutcome>();
  const key = (r: ReportRecipient) => `${r.userId}:${r.kind}`;
  const members = await db.membership.findMany({
    where: { organizationId: o.organizationId, userId: { in: o.recipients.map((r) => r.userId) } },
    select: { id: true, userId: true, emailReports: true, user: { select: { email: true, name: true } } },
  });
  const memberOf = new Map(members.map((m) => [m.userId, m]));
  const wanted = o.recipients.filter((r) => {
    if (memberOf.get(r.userId)?.emailReports) return true;
    outcomes.set(key(r), "unsubscribed");
    return false;
  });

  const logKey = (r: ReportRecipient) => ({ organizationId: o.organizationId, userId: r.userId, isoWeek: o.isoWeek, kind: r.kind });
  await db.emailLog.createMany({ data: wanted.map(logKey), skipDuplicates: true });
  const logs = await db.emailLog.findMany({ where: { organizationId: o.organizationId, isoWeek: o.isoWeek, userId: { in: wanted.map((r) => r.userId) } } });
  const logOf = new Map(logs.map((l) => [`${l.userId}:${l.kind}`, l]));
  const pending = wanted.filter((r) => {
    if (logOf.get(key(r))?.status !== "SENT") return true;
    outcomes.set(key(r), "already-sent");
    return false;
  });
  // One statement counts this attempt for the whole batch (instead of one per message).
  await db.emailLog.updateMany({ where: { id: { in: pending.map((r) => logOf.get(key(r))!.id) } }, data: { attempts: { increment: 1 } } });
  await o.onClaimed?.();

  const repData = await buildRepReports(db, {
    organizationId: o.organizationId,
    isoWeek: o.isoWeek,
    userIds: pending.filter((r) => r.kind === "REP_REPORT").map((r) => r.userId),
    ...(o.now ? { now: o.now } : {}),
  });
  const failures: { userId: string; error: string }[] = [];
  for (const [i, r] of pending.entries()) {
    const log = logOf.get(key(r))!;
    const member = memberOf.get(r.userId)!;
    const email = await (r.kind === "REP_REPORT"
      ? (async () => {
          const data = repData.get(r.userId);
          return data ? renderRepReport(data) : null;
        })()
      : renderReportFor(db, { organizationId: o.organizationId, userId: r.userId, isoWeek: o.isoWeek, kind: r.kind, ...(o.now ? { now: o.now } : {}) }));
    if (!email) {
      await db.emailLog.delete({ where: { id: log.id } });
      outcomes.set(key(r), "no-data");
      continue;
    }
    const urls = unsubscribeUrls(member.id, o.now);
    const messageId = messageIdOf({ ...logKey(r) });
    try {
      await o.transport.sendMail({
        from: env.MAIL_FROM,
        to: { name: member.user.name, address: member.user.email },
        subject: email.subject,
        html: email.html,
        text: email.text,
        messageId,
        headers: {
          "List-Unsubscribe": `<${urls.oneClick}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          "X-SSI-Report": `${r.kind}; ${o.isoWeek}`,
        },
      });
      await db.emailLog.update({ where: { id: log.id }, data: { status: "SENT", sentAt: new Date(), messageId, error: null } });
      outcomes.set(key(r), "sent");
    } catch (err) {
      const message = (err as Error).message.slice(0, 500);
      await db.emailLog.update({ where: { id: log.id }, data: { status: "FAILED", error: message } }).catch(() => {});
      failures.push({ userId: r.userId, error: message });
      outcomes.set(key(r), "failed");
    }
    await o.onSent?.(i + 1, pending.length);
  }
  return { outcomes, failures };
}

/** One report (the same rules as a batch of one). */
export async function sendReport(db: Db, o: Omit<SendReportsOptions, "recipients"> & ReportRecipient): Promise<SendOutcome> {
  const { outcomes, failures } = await sendReports(db, { ...o, recipients: [{ userId: o.userId, kind: o.kind }] });
  if (failures.length) throw new ReportSendFailed(failures);
  return outcomes.get(`${o.userId}:${o.kind}`) ?? "no-data";
}
