import { db } from "~/server/db";
import { mailTransport } from "~/server/services/mail/transport";
import { ReportSendFailed, sendReports } from "~/server/services/reports/send-report";
import type { IsoWeek } from "~/domain/time/iso-week";
import type { JobHandler } from "../define-job";
import type { SendReportPayload } from "./weekly-report";

const handler: JobHandler<SendReportPayload> = async (p, { progress }) => {
  const { outcomes, failures } = await sendReports(db, {
    ...p,
    isoWeek: p.isoWeek as IsoWeek,
    transport: mailTransport(),
    onClaimed: () => progress(25),
    // Every tenth message: a Redis round trip per e-mail would cost more than the send itself.
    onSent: (done, total) => (done % 10 === 0 || done === total ? progress(25 + Math.floor((done / total) * 75)) : undefined),
  });
  // Throw after the others were sent: the retry skips those (SENT) and tries the failed ones again.
  if (failures.length) throw new ReportSendFailed(failures);
  const tally: Record<string, number> = {};
  for (const o of outcomes.values()) tally[o] = (tally[o] ?? 0) + 1;
  return tally;
};
export default handler;
