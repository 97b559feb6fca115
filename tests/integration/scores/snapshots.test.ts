import { describe, expect, it } from "vitest";
import { generateActivity } from "../../../prisma/seed/activity-generator";
import { db } from "~/server/db";
import { weeklySnapshotJob } from "~/server/jobs/definitions/weekly-snapshot";
import { enqueue, queueFor } from "~/server/jobs/queues";
import { aggregateScoringInputs } from "~/server/services/activity/aggregate-inputs";
import { scoreRep } from "~/domain/scoring";
import { backfillSnapshots } from "~/server/services/snapshots/backfill";
import { lastCompletedWeek, weekEnd, type IsoWeek } from "~/domain/time/iso-week";
import { takeWeeklySnapshot } from "~/server/services/snapshots/take-weekly-snapshot";
import { addActivities } from "../../factories/activity";
import { addMember, createOrg, createTeam } from "../../factories";
import { startWorkerProcess, waitFor } from "../../factories/worker-process";

async function orgWithReps(n: number, timezone = "Europe/Berlin") {
  const { org, owner } = await createOrg({ timezone });
  const team = await createTeam(org.id, "Alpha");
  const reps = [];
  for (let i = 0; i < n; i++) {
    const { rep } = await addMember(org.id, "REP", { teamId: team.id });
    const persona = { level: 0.1 + (i % 5) * 0.1, trend: 0.2, content: 1, find: 1, engage: 1, relationships: 1, priorConnections: 40 };
    await addActivities(rep, generateActivity(`snap-${i}`, persona, new Date(), 16).map((a) => ({ ...a, source: "SEED" as const })));
    reps.push(rep);
  }
  await db.$executeRaw`ANALYZE "Activity"`;
  return { org, owner, team, reps };
}

const rowsOf = (organizationId: string, isoWeek: string) =>
  db.weeklySnapshot.findMany({ where: { organizationId, isoWeek }, orderBy: { repId: "asc" } });

describe("weekly snapshot", () => {
  it("writes one row per rep with scores as of the local week's end; re-running changes nothing", async () => {
    const { org, reps } = await orgWithReps(6);
    const week = lastCompletedWeek(new Date(), org.timezone);
    const first = await takeWeeklySnapshot(db, { organizationId: org.id, isoWeek: week });
    expect(first).toEqual({ reps: 7, written: 7 }); // six reps and the owner
    const before = await rowsOf(org.id, week);
    const again = await takeWeeklySnapshot(db, { organizationId: org.id, isoWeek: week });
    expect(again.written).toBe(0);
    expect(await rowsOf(org.id, week)).toEqual(before);

    // Values are exactly the model's output on the inputs as of the end of that local week.
    const inputs = await aggregateScoringInputs(db, { organizationId: org.id, asOf: weekEnd(week, org.timezone), icpKeywords: [] });
    const rep = reps[3]!;
    const row = before.find((r) => r.repId === rep.id)!;
    const expected = scoreRep(inputs.get(rep.id)!);
    expect(row.total).toBe(expected.total);
    expect(row.brand + row.findPeople + row.engage + row.relationships).toBeCloseTo(row.total, 6);
    expect(row.modelVersion).toBe(expected.modelVersion);
    expect(row.teamId).not.toBeNull();
    expect(row.orgRankPct).toBeGreaterThanOrEqual(0);
    expect(row.industryRankSource).toBe("REFERENCE");
  });

  it("backfills history, replacing rows, and keeps the week of each snapshot in the org's time zone", async () => {
    const { org } = await orgWithReps(3, "America/New_York");
    const res = await backfillSnapshots(db, { organizationId: org.id, weeks: 8 });
    expect(res.weeks).toHaveLength(8);
    expect(res.rows).toBe(8 * 4);
    const again = await backfillSnapshots(db, { organizationId: org.id, weeks: 8 });
    expect(again.rows).toBe(8 * 4); // overwritten in place, not duplicated
    expect(await db.weeklySnapshot.count({ where: { organizationId: org.id } })).toBe(32);
  });

  it("survives SIGKILL of the worker in the middle of a snapshot: the job completes with no duplicate and no missing row", async () => {
    const { org } = await orgWithReps(8);
    const week = lastCompletedWeek(new Date(), org.timezone) as IsoWeek;
    const env = { WORKER_LOCK_DURATION_MS: "1500" };
    const crashing = await startWorkerProcess({ ...env, SSI_FAULT_DELAY: "weekly-snapshot@50=20000" });
    const job = await enqueue(weeklySnapshotJob, { organizationId: org.id, isoWeek: week });
    await waitFor(async () => {
      const j = await queueFor(weeklySnapshotJob).getJob(job.id!);
      return typeof j?.progress === "number" && j.progress >= 50;
    });
    crashing.child.kill("SIGKILL");
    expect(await crashing.exited).toBe("SIGKILL");
    expect(await db.weeklySnapshot.count({ where: { organizationId: org.id, isoWeek: week } })).toBe(0);

    const fresh = await startWorkerProcess(env);
    try {
      await waitFor(async () => (await queueFor(weeklySnapshotJob).getJobState(job.id!)) === "completed", 30_000, 200);
    } finally {
      fresh.child.kill("SIGTERM");
      await fresh.exited;
    }
    const rows = await rowsOf(org.id, week);
    expect(rows).toHaveLength(9);
    expect(new Set(rows.map((r) => r.repId)).size).toBe(9);
  });
});
