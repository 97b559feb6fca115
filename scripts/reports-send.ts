// npm run reports:send -- --org <slug> [--week YYYY-Www] [--dry-run]
// Sends the organisation's weekly reports now, from this process (EmailLog keeps it exactly-once:
// running it twice, or after the scheduled run, sends nothing new).
import { parseArgs } from "node:util";
import "~/lib/load-env";

const USAGE = "Usage: npm run reports:send -- --org <slug> [--week YYYY-Www] [--dry-run]";
const { values } = parseArgs({ options: { org: { type: "string" }, week: { type: "string" }, "dry-run": { type: "boolean", default: false }, help: { type: "boolean" } } });
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const { isValidIsoWeek } = await import("~/domain/time/iso-week");
if (!values.org || (values.week && !isValidIsoWeek(values.week))) {
  console.error(values.week ? `✖ "${values.week}" is not an ISO week like 2026-W48.\n${USAGE}` : USAGE);
  process.exit(2);
}

const { db } = await import("~/server/db");
const { mailTransport, closeMailTransport } = await import("~/server/services/mail/transport");
const { prepareWeeklyRun } = await import("~/server/services/reports/weekly-run");
const { renderReportFor, sendReports } = await import("~/server/services/reports/send-report");
type IsoWeek = import("~/domain/time/iso-week").IsoWeek;

try {
  const org = await db.organization.findUnique({ where: { slug: values.org }, select: { id: true, name: true } });
  if (!org) {
    console.error(`✖ No organisation with slug "${values.org}".`);
    process.exit(1);
  }
  const started = Date.now();
  const run = await prepareWeeklyRun(db, { organizationId: org.id, ...(values.week ? { isoWeek: values.week as IsoWeek } : {}) });
  console.log(`${org.name}: ${run.recipients.length} recipients for ${run.isoWeek}${values["dry-run"] ? " (dry run: nothing is sent)" : ""}`);
  const tally: Record<string, number> = {};
  const transport = mailTransport();
  const count = (outcome: string) => (tally[outcome] = (tally[outcome] ?? 0) + 1);
  if (values["dry-run"]) {
    for (const r of run.recipients) {
      const email = await renderReportFor(db, { organizationId: org.id, userId: r.userId, isoWeek: run.isoWeek, kind: r.kind });
      count(email ? "would send" : "no-data");
      console.log(`  ${r.kind === "REP_REPORT" ? "rep    " : "manager"} ${r.email.padEnd(40)} ${email ? email.subject : "(no snapshot)"}`);
    }
  } else {
    for (let i = 0; i < run.recipients.length; i += 100) {
      const batch = run.recipients.slice(i, i + 100);
      const { outcomes, failures } = await sendReports(db, { organizationId: org.id, isoWeek: run.isoWeek, recipients: batch, transport });
      for (const o of outcomes.values()) count(o);
      for (const f of failures) console.error(`  ✖ ${f.userId}: ${f.error}`);
    }
  }
  console.log(`${Object.entries(tally).map(([k, v]) => `${v} ${k}`).join(", ") || "nothing to do"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (tally.failed) process.exitCode = 1;
} finally {
  closeMailTransport();
  await db.$disconnect();
}
