// Redis frozen for 10 s (SIGSTOP/SIGCONT) and PostgreSQL restarted while the worker is importing:
// jobs complete with exactly the right rows, /api/health answers 503 during the outage and 200 after.
// These faults hit the whole machine, so they run only with SSI_FAULTS_SERVICES=1 or in CI (CI=true).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateActivity } from "../../prisma/seed/activity-generator";
import { GET as health } from "~/app/api/health/route";
import { db } from "~/server/db";
import { importArchiveJob } from "~/server/jobs/definitions/import-archive";
import { weeklySnapshotJob } from "~/server/jobs/definitions/weekly-snapshot";
import { enqueue, queueFor } from "~/server/jobs/queues";
import { runImport } from "~/server/services/imports/run-import";
import { lastCompletedWeek, type IsoWeek } from "~/domain/time/iso-week";
import { addActivities } from "../factories/activity";
import { stageImport } from "../factories/imports";
import { startWorkerProcess, waitFor, type WorkerProcess } from "../factories/worker-process";
import { addMember, createOrg, createTeam } from "../factories";
import { largeArchive, SERVICE_FAULTS, withPostgresRestart, withRedisStopped } from "./helpers";

let archive: Awaited<ReturnType<typeof largeArchive>>;
let expectedRows = 0;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  if (!SERVICE_FAULTS) return;
  archive = await largeArchive();
  // The archive imported undisturbed is the reference row count.
  const { org } = await createOrg();
  const { rep } = await addMember(org.id, "REP");
  expectedRows = (await runImport(db, { importJobId: (await stageImport(rep, archive.name, archive.bytes)).id })).imported;
  expect(expectedRows).toBeGreaterThan(10_000);
});
afterAll(async () => {
  await archive?.cleanup();
});
afterEach(async (ctx) => {
  if (worker && ctx.task.result?.state === "fail") console.error(`worker output:\n${worker.output().slice(-8_000)}`);
  if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
    worker.child.kill("SIGTERM");
    const killer = setTimeout(() => worker?.child.kill("SIGKILL"), 15_000);
    await worker.exited;
    clearTimeout(killer);
  }
  worker = undefined;
});

async function healthOf(): Promise<{ status: number; body: unknown }> {
  const res = await health();
  return { status: res.status, body: await res.json() };
}

async function startImport() {
  const { org } = await createOrg();
  const { rep } = await addMember(org.id, "REP");
  const importJob = await stageImport(rep, archive.name, archive.bytes);
  const job = await enqueue(importArchiveJob, { organizationId: org.id, importJobId: importJob.id });
  return { org, rep, importJob, job };
}

const importFinished = (id: string, timeoutMs = 120_000) =>
  waitFor(async () => {
    const j = await db.importJob.findUnique({ where: { id } }).catch(() => null);
    return j && (j.status === "SUCCEEDED" || j.status === "FAILED") ? j : null;
  }, timeoutMs, 250);

async function expectImported(repId: string, importJobId: string) {
  const done = await db.importJob.findUniqueOrThrow({ where: { id: importJobId } });
  expect(done.status).toBe("SUCCEEDED");
  expect((done.result as { imported: number }).imported).toBe(expectedRows);
  expect(await db.activity.count({ where: { repId } })).toBe(expectedRows);
  const [dups] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) - count(DISTINCT (source, "externalId")) AS n FROM "Activity" WHERE "repId" = ${repId}`;
  expect(Number(dups!.n)).toBe(0);
}

async function orgWithReps(n: number) {
  const { org } = await createOrg({ timezone: "Europe/Berlin" });
  const team = await createTeam(org.id, "Alpha");
  for (let i = 0; i < n; i++) {
    const { rep } = await addMember(org.id, "REP", { teamId: team.id });
    const persona = { level: 0.2 + (i % 4) * 0.1, trend: 0.1, content: 1, find: 1, engage: 1, relationships: 1, priorConnections: 30 };
    await addActivities(rep, generateActivity(`outage-${org.id}-${i}`, persona, new Date(), 8).map((a) => ({ ...a, source: "SEED" as const })));
  }
  return org;
}

describe.skipIf(!SERVICE_FAULTS)("service outages during a run (SSI_FAULTS_SERVICES=1 or CI=true)", () => {
  it("Redis frozen for 10 s mid-import and mid-snapshot run: jobs complete, no row lost or doubled, health 503 then 200", async () => {
    const orgs = [await orgWithReps(5), await orgWithReps(5), await orgWithReps(5)];
    const week = lastCompletedWeek(new Date(), "Europe/Berlin") as IsoWeek;
    // The second snapshot lingers at 50 % so the freeze lands while it holds its job.
    worker = await startWorkerProcess({ SSI_FAULT_DELAY: "weekly-snapshot@50=3000+1" });
    const { rep, importJob, job } = await startImport();
    const snapshots: Awaited<ReturnType<typeof enqueue>>[] = [];
    for (const org of orgs) snapshots.push(await enqueue(weeklySnapshotJob, { organizationId: org.id, isoWeek: week }));
    await waitFor(async () => {
      const j = await queueFor(importArchiveJob).getJob(job.id!);
      return typeof j?.progress === "number" && j.progress >= 20;
    }, 60_000, 50);
    expect((await healthOf()).status).toBe(200);

    const during = await withRedisStopped(10_000, async () => {
      const seen = await healthOf();
      // The web's health answer while Redis is frozen, and PostgreSQL still serves.
      expect(await db.importJob.count({ where: { id: importJob.id } })).toBe(1);
      return seen;
    });
    expect(during).toEqual({ status: 503, body: { db: "ok", redis: "down" } });

    await waitFor(async () => (await healthOf()).status === 200, 15_000, 250);
    await importFinished(importJob.id);
    await waitFor(async () => (await Promise.all(snapshots.map((s) => queueFor(weeklySnapshotJob).getJobState(s.id!)))).every((s) => s === "completed"), 60_000, 250);
    await expectImported(rep.id, importJob.id);
    for (const org of orgs) {
      const reps = await db.repProfile.count({ where: { organizationId: org.id } });
      const rows = await db.weeklySnapshot.findMany({ where: { organizationId: org.id, isoWeek: week }, select: { repId: true } });
      expect(rows).toHaveLength(reps);
      expect(new Set(rows.map((r) => r.repId)).size).toBe(reps);
    }
    expect(worker.child.exitCode).toBeNull(); // the worker rode it out
  });

  it("PostgreSQL restarted mid-import: the job retries and completes with exactly the archive's rows, health 503 then 200", async () => {
    // The import pauses 4 s inside its transaction at 40 %: PostgreSQL goes down under it.
    worker = await startWorkerProcess({ SSI_FAULT_DELAY: "import@>=40=4000", TEST_LOG_LEVEL: "error" });
    const { rep, importJob, job } = await startImport();
    await waitFor(async () => {
      const j = await queueFor(importArchiveJob).getJob(job.id!);
      return typeof j?.progress === "number" && j.progress >= 40;
    }, 60_000, 50);

    const during = await withPostgresRestart(healthOf);
    expect(during).toEqual({ status: 503, body: { db: "down", redis: "ok" } });

    await waitFor(async () => (await healthOf().catch(() => ({ status: 0 }))).status === 200, 30_000, 250);
    const done = await importFinished(importJob.id);
    expect(done.status).toBe("SUCCEEDED");
    await expectImported(rep.id, importJob.id);
    // It took a second attempt (the first died with the server), not a lucky escape.
    expect(worker.output()).toMatch(/"job":"import".*"job failed"|"msg":"job failed".*"job":"import"/);
    expect(worker.child.exitCode).toBeNull();
  });
});
