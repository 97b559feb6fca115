import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// This suite's own capture SMTP server; the app modules read SMTP_URL when they load.
const SMTP_PORT = vi.hoisted(() => {
  const port = 21000 + (process.pid % 2000) + Number(process.env.VITEST_POOL_ID ?? 0) * 2000;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  return port;
});

import { db } from "~/server/db";
import { sendReportJob, weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { enqueue, queueFor } from "~/server/jobs/queues";
import { startCaptureServer, type CaptureServer } from "~/server/services/mail/capture-server";
import { closeMailTransport } from "~/server/services/mail/transport";
import { createRedis } from "~/server/redis";
import { runWorkers } from "../../../workers/run-workers";
import { orgWithReportData, parsed } from "../../factories/reports";
import { workerLog } from "../../factories/worker-log";
import { startWorkerProcess, waitFor } from "../../factories/worker-process";

let smtp: CaptureServer;
beforeAll(async () => {
  smtp = await startCaptureServer({ port: SMTP_PORT });
});
afterAll(async () => {
  closeMailTransport();
  await smtp.close();
});

const sentLogs = (organizationId: string) => db.emailLog.count({ where: { organizationId, status: "SENT" } });

async function runInProcess(organizationId: string) {
  const connection = createRedis("worker");
  const running = runWorkers([weeklyReportJob, sendReportJob], { connection, log: workerLog });
  try {
    const job = await enqueue(weeklyReportJob, { organizationId });
    await waitFor(async () => (await queueFor(weeklyReportJob).getJobState(job.id!)) === "completed", 30_000);
    await waitFor(async () => (await queueFor(sendReportJob).getJobCounts("waiting", "active", "delayed")).waiting === 0 && (await queueFor(sendReportJob).getActiveCount()) === 0, 30_000);
    await queueFor(weeklyReportJob).obliterate({ force: true });
  } finally {
    await running.close();
    await connection.quit();
  }
}

describe("weekly report e-mails", () => {
  it("delivers exactly one report per rep and one per manager, with the database's numbers; a second run sends nothing", async () => {
    const { org, owner, week, reps, managers } = await orgWithReportData();
    const before = smtp.messages.length;
    await runInProcess(org.id);
    const mine = (await parsed(smtp.messages.slice(before))).filter((m) => m.mail.subject?.includes(week));
    // 6 reps, 2 managers and the owner (owners and admins get the team report of every team).
    expect(mine).toHaveLength(9);
    for (const r of reps) {
      const got = mine.filter((m) => m.to.includes(r.user.email));
      expect(got, r.user.email).toHaveLength(1);
      const mail = got[0]!.mail;
      expect(mail.subject).toContain(`Your SSI estimate: ${r.total.toFixed(1)}`);
      expect(mail.text).toContain(r.total.toFixed(1));
      expect(typeof mail.html === "string" && mail.html.includes(org.name)).toBe(true);
      const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "");
      expect(header("list-unsubscribe")).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\?t=/);
      expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    }
    for (const m of [...managers.map((x) => x.user), owner]) {
      const got = mine.filter((x) => x.to.includes(m.email));
      expect(got, m.email).toHaveLength(1);
      expect(got[0]!.mail.subject).toBe(`Team report ${week} · ${org.name}`);
    }
    // The first manager's report covers only their team ("North": reps 0, 2, 4).
    const north = mine.find((x) => x.to.includes(managers[0]!.user.email))!.mail.text ?? "";
    expect(north).toMatch(/north · 3 reps/i);
    expect(north).not.toMatch(/south/i);
    expect(north).toContain(((40 + 50 + 60) / 3).toFixed(1));
    expect(await sentLogs(org.id)).toBe(9);

    const again = smtp.messages.length;
    await runInProcess(org.id);
    expect(smtp.messages.length).toBe(again);
    expect(await sentLogs(org.id)).toBe(9);
  });

  it("every recipient gets exactly one e-mail after the worker is SIGKILLed mid-run and restarted", async () => {
    const { org } = await orgWithReportData({ reps: 10 });
    const before = smtp.messages.length;
    // One recipient per send job, so "the first three go through, the rest wait" is exact.
    const crashing = await startWorkerProcess({ SMTP_URL: process.env.SMTP_URL!, WORKER_LOCK_DURATION_MS: "1500", REPORT_BATCH_SIZE: "1", SSI_FAULT_DELAY: "send-report@25=30000+3" });
    await enqueue(weeklyReportJob, { organizationId: org.id });
    await waitFor(async () => smtp.messages.length - before >= 3, 30_000);
    await new Promise((r) => setTimeout(r, 500)); // the three finished jobs record SENT; the others wait claimed
    crashing.child.kill("SIGKILL");
    await crashing.exited;
    const sentBeforeRestart = smtp.messages.length - before;
    expect(sentBeforeRestart).toBeLessThan(13);

    const fresh = await startWorkerProcess({ SMTP_URL: process.env.SMTP_URL!, WORKER_LOCK_DURATION_MS: "1500", REPORT_BATCH_SIZE: "1" });
    try {
      await waitFor(async () => (await sentLogs(org.id)) === 13, 60_000, 250);
    } finally {
      fresh.child.kill("SIGTERM");
      await fresh.exited;
    }
    const mails = await parsed(smtp.messages.slice(before));
    const perRecipient = new Map<string, number>();
    for (const m of mails) for (const to of m.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(perRecipient.size).toBe(13);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
  }, 120_000);
});
