// The worker is SIGKILLed in the middle of a weekly snapshot run, an archive import and an e-mail
// run; a fresh worker takes the stalled jobs over. Afterwards nothing is missing and nothing is doubled.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateActivity } from "../../prisma/seed/activity-generator";
import { db } from "~/server/db";
import { importArchiveJob } from "~/server/jobs/definitions/import-archive";
import { sendReportJob, weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { weeklySnapshotJob } from "~/server/jobs/definitions/weekly-snapshot";
import { enqueue, queueFor } from "~/server/jobs/queues";
import { runImport } from "~/server/services/imports/run-import";
import { startCaptureServer, type CaptureServer } from "~/server/services/mail/capture-server";
import { snapshotSchedulerId } from "~/server/services/schedules/org-schedules";
import { lastCompletedWeek, type IsoWeek } from "~/domain/time/iso-week";
import { addActivities } from "../factories/activity";
import { stageImport } from "../factories/imports";
import { orgWithReportData, parsed } from "../factories/reports";
import { startWorkerProcess, waitFor, type WorkerProcess } from "../factories/worker-process";
import { addMember, createOrg, createTeam } from "../factories";
import { largeArchive } from "./helpers";

// A killed worker's jobs are taken over once their lock expires: keep that short, but not so short
// that a busy event loop (a first-time module load on a loaded CI machine) lets a live job's lock
// lapse — BullMQ fails a job outright when it is found stalled twice.
const FAST_STALL = { WORKER_LOCK_DURATION_MS: "5000" };

let smtp: CaptureServer;
beforeAll(async () => {
  // Only the worker processes send mail: a free port, handed to them in SMTP_URL.
  smtp = await startCaptureServer({ port: 0 });
});
afterAll(async () => {
  await smtp.close();
});

// Every worker started here is SIGKILLed after each test, whatever happened in it.
const started: WorkerProcess[] = [];
const track = (w: WorkerProcess) => (started.push(w), w);
afterEach(async (ctx) => {
  for (const w of started.splice(0)) {
    if (ctx.task.result?.state === "fail") console.error(`worker ${w.child.pid} output:\n${w.output().slice(-6_000)}`);
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
    await w.exited;
  }
});

async function kill(w: WorkerProcess) {
  w.child.kill("SIGKILL");
  expect(await w.exited).toBe("SIGKILL");
}
async function stop(w: WorkerProcess) {
  if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGTERM");
  await w.exited;
}

async function orgWithReps(n: number) {
  const { org } = await createOrg({ timezone: "Europe/Berlin" });
  const team = await createTeam(org.id, "Alpha");
  for (let i = 0; i < n; i++) {
    const { rep } = await addMember(org.id, "REP", { teamId: team.id });
    const persona = { level: 0.1 + (i % 5) * 0.1, trend: 0.2, content: 1, find: 1, engage: 1, relationships: 1, priorConnections: 40 };
    await addActivities(rep, generateActivity(`fault-${org.id}-${i}`, persona, new Date(), 8).map((a) => ({ ...a, source: "SEED" as const })));
  }
  return org;
}

describe("SIGKILL of the worker", () => {
  it("during a weekly snapshot run: after a restart every rep has exactly one snapshot for the week", async () => {
    const orgs = [];
    for (let i = 0; i < 4; i++) orgs.push(await orgWithReps(6));
    const week = lastCompletedWeek(new Date(), "Europe/Berlin") as IsoWeek;
    // Snapshots run one at a time: two organisations finish, the third stops right before writing
    // (80 %) and dies there, the fourth is still waiting.
    const crashing = track(await startWorkerProcess({ ...FAST_STALL, SSI_FAULT_DELAY: "weekly-snapshot@80=60000+2" }));
    const jobs: Awaited<ReturnType<typeof enqueue>>[] = [];
    for (const org of orgs) jobs.push(await enqueue(weeklySnapshotJob, { organizationId: org.id, isoWeek: week }));
    const q = queueFor(weeklySnapshotJob);
    await waitFor(async () => {
      const states = await Promise.all(jobs.map(async (j) => ({ state: await q.getJobState(j.id!), job: await q.getJob(j.id!) })));
      const done = states.filter((s) => s.state === "completed").length;
      const paused = states.filter((s) => s.state === "active" && s.job?.progress === 80).length;
      return done === 2 && paused === 1;
    }, 60_000, 100);
    await kill(crashing);
    const before = await db.weeklySnapshot.groupBy({ by: ["organizationId"], where: { isoWeek: week, organizationId: { in: orgs.map((o) => o.id) } }, _count: true });
    expect(before.map((g) => g._count)).toEqual([7, 7]); // six reps and the owner, in two organisations

    const fresh = track(await startWorkerProcess(FAST_STALL));
    try {
      await waitFor(async () => (await Promise.all(jobs.map((j) => q.getJobState(j.id!)))).every((s) => s === "completed"), 60_000, 200);
    } finally {
      await stop(fresh);
    }
    // The worker re-installed each organisation's schedule from PostgreSQL at start.
    for (const org of orgs) expect(await q.getJobScheduler(snapshotSchedulerId(org.id))).toBeTruthy();
    for (const org of orgs) {
      const reps = await db.repProfile.findMany({ where: { organizationId: org.id }, select: { id: true } });
      const rows = await db.weeklySnapshot.findMany({ where: { organizationId: org.id, isoWeek: week }, select: { repId: true } });
      expect(rows).toHaveLength(reps.length);
      expect(new Set(rows.map((r) => r.repId))).toEqual(new Set(reps.map((r) => r.id)));
    }
  });

  it("during an archive import: after a restart the import completes with the archive's rows, once each", async () => {
    const archive = await largeArchive();
    try {
      const { org } = await createOrg();
      // The same archive imported undisturbed, in this process, is the reference.
      const reference = await addMember(org.id, "REP");
      const expected = (await runImport(db, { importJobId: (await stageImport(reference.rep, archive.name, archive.bytes)).id })).imported;
      expect(expected).toBeGreaterThan(10_000);

      const { rep } = await addMember(org.id, "REP");
      const importJob = await stageImport(rep, archive.name, archive.bytes);
      const crashing = track(await startWorkerProcess({ ...FAST_STALL, SSI_FAULT_DELAY: "import@>=40=60000" }));
      const job = await enqueue(importArchiveJob, { organizationId: org.id, importJobId: importJob.id });
      // Killed inside the import's transaction, with thousands of rows inserted but not committed.
      await waitFor(async () => {
        const j = await queueFor(importArchiveJob).getJob(job.id!);
        return typeof j?.progress === "number" && j.progress >= 40;
      }, 60_000);
      await kill(crashing);
      expect(await db.activity.count({ where: { repId: rep.id } })).toBe(0);

      const fresh = track(await startWorkerProcess(FAST_STALL));
      try {
        await waitFor(async () => {
          const j = await db.importJob.findUniqueOrThrow({ where: { id: importJob.id } });
          return j.status === "SUCCEEDED" || j.status === "FAILED" ? j : null;
        }, 90_000, 250);
      } finally {
        await stop(fresh);
      }
      const done = await db.importJob.findUniqueOrThrow({ where: { id: importJob.id } });
      expect(done.status).toBe("SUCCEEDED");
      expect((done.result as { imported: number }).imported).toBe(expected);
      expect(await db.activity.count({ where: { repId: rep.id } })).toBe(expected);
      const [dups] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) - count(DISTINCT (source, "externalId")) AS n FROM "Activity" WHERE "repId" = ${rep.id}`;
      expect(Number(dups!.n)).toBe(0);
    } finally {
      await archive.cleanup();
    }
  });

  it("during an e-mail run: after a restart every recipient has exactly one report", async () => {
    const { org } = await orgWithReportData({ reps: 16 });
    const recipients = 16 + 2 + 1; // reps, two managers, the owner
    const before = smtp.messages.length;
    const env = { SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, ...FAST_STALL, REPORT_BATCH_SIZE: "2" };
    // Batches of two: the first three batches go out, later ones stop after claiming.
    const crashing = track(await startWorkerProcess({ ...env, SSI_FAULT_DELAY: "send-report@25=60000+3" }));
    await enqueue(weeklyReportJob, { organizationId: org.id });
    await waitFor(async () => smtp.messages.length - before >= 5, 60_000);
    await new Promise((r) => setTimeout(r, 500));
    await kill(crashing);
    expect(smtp.messages.length - before).toBeLessThan(recipients);

    const fresh = track(await startWorkerProcess(env));
    try {
      await waitFor(async () => (await db.emailLog.count({ where: { organizationId: org.id, status: "SENT" } })) === recipients, 90_000, 250).catch(async (err: unknown) => {
        const q = queueFor(sendReportJob);
        console.error("send-report jobs:", await q.getJobCounts(), "ledger:", await db.emailLog.groupBy({ by: ["status"], where: { organizationId: org.id }, _count: true }));
        for (const j of await q.getFailed()) console.error(j.id, j.failedReason);
        throw err;
      });
      await new Promise((r) => setTimeout(r, 1_000)); // a duplicate would arrive now
    } finally {
      await stop(fresh);
    }
    const perRecipient = new Map<string, number>();
    for (const m of await parsed(smtp.messages.slice(before))) for (const to of m.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
    expect(perRecipient.size).toBe(recipients);
    expect([...perRecipient.entries()].filter(([, n]) => n !== 1)).toEqual([]);
  });
});
