// Issue 8 benchmark: the weekly run for 10,000 recipients, rendered (react-email) and delivered to
// a local SMTP server by two worker processes (one per core), measured from the run's start until
// every EmailLog row is SENT. Baseline in the same run: delivering one pre-rendered message 10,000
// times through the same SMTP transport.
import { spawn } from "node:child_process";
import type { Db } from "~/server/db";
import { sendReportJob, weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { enqueue, queueFor } from "~/server/jobs/queues";
import { startCaptureServer } from "~/server/services/mail/capture-server";
import { closeMailTransport, mailTransport } from "~/server/services/mail/transport";
import { lastCompletedWeek, previousWeek, weekStart } from "~/domain/time/iso-week";
import { workerCommand } from "../../scripts/lib/ts-node-command";

const RECIPIENTS = 10_000;
const SLUG = "bench-mail";

async function ensureOrg(db: Db, log: (m: string) => void) {
  const existing = await db.organization.findUnique({ where: { slug: SLUG }, select: { id: true, timezone: true } });
  const week = lastCompletedWeek(new Date(), "UTC");
  if (existing && (await db.weeklySnapshot.count({ where: { organizationId: existing.id, isoWeek: week } })) === RECIPIENTS) return { ...existing, week };
  log(`Generating ${RECIPIENTS.toLocaleString()} recipients with two weeks of snapshots (once)…`);
  await db.organization.deleteMany({ where: { slug: SLUG } });
  await db.user.deleteMany({ where: { email: { endsWith: "@bench-mail.example" } } });
  const org = await db.organization.create({ data: { slug: SLUG, name: "Bench Mail", timezone: "UTC", managerReportsEnabled: false }, select: { id: true, timezone: true } });
  await db.$executeRaw`INSERT INTO "User" (id, email, name, "createdAt", "updatedAt")
    SELECT 'mu' || r, 'rep' || r || '@bench-mail.example', 'Mail Rep ' || r, now(), now() FROM generate_series(1, ${RECIPIENTS}) r`;
  await db.$executeRaw`INSERT INTO "Membership" (id, "organizationId", "userId", role, "createdAt", "updatedAt")
    SELECT 'mm' || r, ${org.id}, 'mu' || r, 'REP', now(), now() FROM generate_series(1, ${RECIPIENTS}) r`;
  await db.$executeRaw`INSERT INTO "RepProfile" (id, "organizationId", "userId", "displayName", "createdAt", "updatedAt")
    SELECT 'mr' || r, ${org.id}, 'mu' || r, 'Mail Rep ' || r, now(), now() FROM generate_series(1, ${RECIPIENTS}) r`;
  for (const [w, shift] of [[previousWeek(week, "UTC"), -3], [week, 0]] as const) {
    const start = weekStart(w, "UTC").toISOString().slice(0, 10);
    await db.$executeRaw`INSERT INTO "WeeklySnapshot" ("organizationId", "repId", "isoWeek", "weekStart", total, brand, "findPeople", engage, relationships, breakdown, "industryRankPct", "industryRankSource", "orgRankPct", "modelVersion")
      SELECT ${org.id}, 'mr' || r, ${w}, ${start}::date, 20 + (r % 60) + ${shift}, 5 + (r % 15), 5 + (r % 14), 5 + (r % 16), 5 + (r % 15) + ${shift},
        '{"v":1,"s":[["comments",3.2,4.1,6,"6 comments in 90 days",0],["searches",2.2,1.9,4,"4 searches in 90 days",0]]}'::jsonb, r % 100, 'REFERENCE', r % 100, 'v1.0.0'
      FROM generate_series(1, ${RECIPIENTS}) r`;
  }
  return { ...org, week };
}

function startWorker(env: Record<string, string>): Promise<() => Promise<void>> {
  const c = workerCommand();
  const child = spawn(c.cmd, c.args, { env: { ...process.env, ...c.env, ...env, NODE_ENV: "production", AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-only-secret-0123456789abcdef01234567", SSI_WORKER_READY_LINE: "1", LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("WORKER_READY")) resolve(() => new Promise((r) => { child.once("exit", () => r()); child.kill("SIGTERM"); }));
    });
  });
}

export async function mailBench(db: Db, log: (m: string) => void) {
  const smtpPort = Number(new URL(process.env.SMTP_URL!).port);
  const smtp = await startCaptureServer({ port: smtpPort, maxMessages: 0 });
  try {
    const org = await ensureOrg(db, log);
    await db.emailLog.deleteMany({ where: { organizationId: org.id } });
    // A previous run's completed jobs keep their deterministic ids for 14 days, and a re-enqueued
    // batch with the same id is (by design) not run again: start from empty queues.
    for (const def of [weeklyReportJob, sendReportJob]) await queueFor(def).obliterate({ force: true });
    log(`  ${RECIPIENTS.toLocaleString()} recipients ready; baseline delivery…`);

    // Baseline: the SMTP delivery alone, 16 at a time through the pooled transport.
    const transport = mailTransport();
    const html = "<p>baseline</p>".repeat(200);
    let t = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: 16 }, async () => {
      while (next < RECIPIENTS) {
        const i = next++;
        await transport.sendMail({ from: "bench@ssi-coach.local", to: `rep${i}@bench-mail.example`, subject: "baseline", html, text: "baseline" });
      }
    }));
    const baselineMs = performance.now() - t;
    closeMailTransport();
    log(`  baseline done (${(baselineMs / 1000).toFixed(1)} s); starting two worker processes…`);

    const stops = await Promise.all([startWorker({}), startWorker({})]);
    log("  workers ready; starting the weekly run…");
    const before = smtp.received();
    t = performance.now();
    await enqueue(weeklyReportJob, { organizationId: org.id, isoWeek: org.week });
    let sent = 0;
    while (sent < RECIPIENTS && performance.now() - t < 600_000) {
      await new Promise((r) => setTimeout(r, 500));
      sent = await db.emailLog.count({ where: { organizationId: org.id, status: "SENT" } });
    }
    const runMs = performance.now() - t;
    await Promise.all(stops.map((s) => s()));
    const delivered = smtp.received() - before;
    const perSec = delivered / (runMs / 1000);
    log(`Weekly e-mail benchmark: ${RECIPIENTS.toLocaleString()} recipients, 2 worker processes`);
    log(`  baseline: deliver a pre-rendered message ×${RECIPIENTS.toLocaleString()}   ${(baselineMs / 1000).toFixed(1)} s (${(RECIPIENTS / (baselineMs / 1000)).toFixed(0)}/s)`);
    log(`  weekly run: build + render + deliver + record   ${(runMs / 1000).toFixed(1)} s (${perSec.toFixed(0)}/s), ${delivered.toLocaleString()} delivered, ${sent.toLocaleString()} marked SENT   ratio ${(runMs / baselineMs).toFixed(1)}× baseline   target ≤ 60 s: ${runMs <= 60_000 && sent === RECIPIENTS ? "MET" : "NOT MET"}`);
    return { recipients: RECIPIENTS, baselineMs, runMs, perSecond: perSec, delivered, sent };
  } finally {
    await smtp.close();
  }
}
