import { renderEmail } from "~/server/services/mail/render-email";
import type { ManagerReportData, RepReportData } from "./report-types";
import { ManagerReportEmail } from "./templates/manager-report";
import { RepReportEmail } from "./templates/rep-report";

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** HTML and plain-text parts of a report (react-email). */
export async function renderRepReport(data: RepReportData): Promise<RenderedEmail> {
  const { html, text } = await renderEmail(RepReportEmail({ data }));
  const change = data.change === null ? "" : ` (${data.change >= 0 ? "+" : ""}${data.change.toFixed(1)})`;
  return { subject: `Your SSI estimate: ${data.total.toFixed(1)}${change} · ${data.isoWeek}`, html, text };
}

export async function renderManagerReport(data: ManagerReportData): Promise<RenderedEmail> {
  const { html, text } = await renderEmail(ManagerReportEmail({ data }));
  return { subject: `Team report ${data.isoWeek} · ${data.orgName}`, html, text };
}
