// The cost of the Prisma tenant guard (docs/security.md): the same queries with and without a
// tenant context, interleaved in rounds so machine noise hits both alike.
import type { Db } from "~/server/db";
import { runInTenant } from "~/server/db/tenant-context";
import { percentile } from "./bench-db";
import { benchOrgReady } from "./scoring-data";

export async function tenantGuardBench(db: Db, log: (m: string) => void) {
  const org = await benchOrgReady(db);
  if (!org) {
    log("Tenant guard benchmark skipped: run `npm run bench -- scoring` first (it creates the org).");
    return null;
  }
  const reps = await db.repProfile.findMany({ where: { organizationId: org.id }, select: { id: true }, take: 200 });
  const query = (i: number) =>
    Promise.all([
      db.repProfile.findMany({ where: { organizationId: org.id }, take: 20, orderBy: { displayName: "asc" } }),
      db.scoreCurrent.findUnique({ where: { repId: reps[i % reps.length]!.id } }),
      db.weeklySnapshot.count({ where: { organizationId: org.id, repId: reps[i % reps.length]!.id } }),
    ]);
  const plain: number[] = [];
  const guarded: number[] = [];
  for (let i = 0; i < 40; i++) await query(i); // warm-up
  for (let round = 0; round < 10; round++) {
    for (let i = 0; i < 100; i++) {
      let t = performance.now();
      await query(i);
      plain.push(performance.now() - t);
      t = performance.now();
      await runInTenant(org.id, () => query(i));
      guarded.push(performance.now() - t);
    }
  }
  plain.sort((a, b) => a - b);
  guarded.sort((a, b) => a - b);
  const p50 = [percentile(plain, 50), percentile(guarded, 50)] as const;
  const p95 = [percentile(plain, 95), percentile(guarded, 95)] as const;
  log(`Tenant guard overhead (3 queries per call, ${plain.length} calls each)`);
  log(`  without guard  p50 ${p50[0].toFixed(2)} ms, p95 ${p95[0].toFixed(2)} ms`);
  log(`  with guard     p50 ${p50[1].toFixed(2)} ms, p95 ${p95[1].toFixed(2)} ms   overhead p50 ${(((p50[1] - p50[0]) / p50[0]) * 100).toFixed(1)} %`);
  return { plainP50: p50[0], guardedP50: p50[1], plainP95: p95[0], guardedP95: p95[1] };
}
