import { db } from "~/server/db";
import { mailTransport } from "~/server/services/mail/transport";
import { sendReport } from "~/server/services/reports/send-report";
import type { IsoWeek } from "~/server/services/snapshots/iso-week";
import type { JobHandler } from "../define-job";
import type { SendReportPayload } from "./weekly-report";

const handler: JobHandler<SendReportPayload> = async (p, { progress }) => {
  const outcome = await sendReport(db, { ...p, isoWeek: p.isoWeek as IsoWeek, transport: mailTransport(), onClaimed: () => progress(25) });
  return { outcome };
};
export default handler;
