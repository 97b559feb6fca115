// Issue 3 benchmark: a full weekly snapshot of 2,000 reps (~3M activity rows) against one raw
// GROUP BY rep, kind pass over the same rows, in the same run; plus one rep's recompute latency.
import type { Db } from "~/server/db";
import { recomputeRepScore } from "~/server/services/scores/recompute-rep";
import { lastCompletedWeek } from "~/domain/time/iso-week";
import { takeWeeklySnapshot } from "~/server/services/snapshots/take-weekly-snapshot";
import { ms, percentile } from "./bench-db";
import { benchOrgReady, generateBenchOrg } from "./scoring-data";

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

export async function scoringBench(db: Db, log: (m: string) => void) {
  let org = await benchOrgReady(db);
  if (!org) {
    log("Generating the 2,000-rep benchmark organisation (once; kept in the bench database)…");
    org = await generateBenchOrg(db, log);
  }
  log(`Scoring benchmark: ${org.rows.toLocaleString()} activity rows, 2,000 reps`);
  const raw = () => db.$queryRaw`SELECT "repId", kind, COUNT(*)::int FROM "Activity" WHERE "organizationId" = ${org!.id} GROUP BY 1, 2`;
  const week = lastCompletedWeek(new Date(), "Europe/Berlin");
  const snapshot = () => takeWeeklySnapshot(db, { organizationId: org!.id, isoWeek: week, overwrite: true });

  await raw(); // warm the cache for both
  const rawTimes: number[] = [];
  const snapTimes: number[] = [];
  let reps = 0;
  for (let i = 0; i < 3; i++) {
    rawTimes.push((await timed(raw))[0]);
    const [t, res] = await timed(snapshot);
    snapTimes.push(t);
    reps = res.reps;
  }
  const rawMs = [...rawTimes].sort((a, b) => a - b)[1]!;
  const snapMs = [...snapTimes].sort((a, b) => a - b)[1]!;

  const repIds = (await db.repProfile.findMany({ where: { organizationId: org.id }, select: { id: true }, take: 60 })).map((r) => r.id);
  const latencies: number[] = [];
  for (const repId of repIds) latencies.push((await timed(() => recomputeRepScore(db, { organizationId: org!.id, repId })))[0]);
  latencies.sort((a, b) => a - b);

  const ratio = snapMs / rawMs;
  log(`  raw GROUP BY rep, kind pass      ${ms(rawMs)} (median of 3)`);
  log(`  full weekly snapshot (${reps} reps) ${ms(snapMs)} (median of 3)   ratio ${ratio.toFixed(2)}× raw   target ≤ 1.5× and ≤ 60 s: ${ratio <= 1.5 && snapMs <= 60_000 ? "MET" : "NOT MET"}`);
  log(`  recompute one rep                median ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} (${latencies.length} reps)`);
  return { rows: org.rows, rawMs, snapshotMs: snapMs, ratio, recomputeP50: percentile(latencies, 50), recomputeP95: percentile(latencies, 95) };
}
