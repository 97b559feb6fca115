import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { refreshPlatformBenchmarks, syncReferenceBenchmarks } from "~/server/services/benchmarks/refresh-benchmarks";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { lastWeeks } from "~/domain/time/iso-week";
import { callerFor } from "../../factories/caller";
import { addMember, createOrg, createTeam } from "../../factories";

async function snapshotSeries(repId: string, organizationId: string, totals: number[]) {
  const weeks = lastWeeks(new Date(Date.now() - 7 * 86_400_000), "UTC", totals.length);
  for (const [i, total] of totals.entries()) {
    const q = total / 4;
    await db.weeklySnapshot.create({
      data: {
        organizationId,
        repId,
        isoWeek: weeks[i]!,
        weekStart: new Date(Date.now() - (totals.length - i) * 7 * 86_400_000),
        total,
        brand: q,
        findPeople: q,
        engage: q,
        relationships: q,
        breakdown: {},
        modelVersion: "v1.0.0",
      },
    });
  }
  return weeks;
}

describe("goals", () => {
  it("defaults to the org target, forecasts from the snapshot trend, and lets a rep set a personal target above the minimum", async () => {
    const { org } = await createOrg();
    await db.organization.update({ where: { id: org.id }, data: { goalTarget: 70, minPersonalTarget: 60 } });
    const { user, rep } = await addMember(org.id, "REP");
    const weeks = await snapshotSeries(rep.id, org.id, [40, 42, 44, 46, 48, 50]);
    const goal = await callerFor(user.id).goals.forRep({ orgSlug: org.slug });
    expect(goal).toMatchObject({ target: 70, source: "organization", status: "on-track" });
    expect(goal.weeklyTrend).toBeCloseTo(2, 5);
    // 50 + 2/week reaches 70 ten weeks after the last snapshot.
    expect(goal.forecastWeek).toBe(lastWeeks(new Date(Date.now() + 9 * 7 * 86_400_000), "UTC", 1)[0]);
    expect(weeks).toHaveLength(6);

    await expect(callerFor(user.id).goals.setPersonal({ orgSlug: org.slug, target: 55, dueDate: null })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Your target must be at least 60",
    });
    await callerFor(user.id).goals.setPersonal({ orgSlug: org.slug, target: 80, dueDate: "2027-12-31" });
    const personal = await callerFor(user.id).goals.forRep({ orgSlug: org.slug });
    expect(personal).toMatchObject({ target: 80, source: "personal", dueDate: "2027-12-31" });
    expect(await db.auditLog.count({ where: { organizationId: org.id, action: "goal.personal.set" } })).toBe(1);
  });

  it("says 'not enough history' under three snapshots, and a team goal applies to its reps", async () => {
    const { org } = await createOrg();
    const team = await createTeam(org.id, "Hunters");
    const manager = await addMember(org.id, "MANAGER", { teamId: team.id });
    const { user, rep } = await addMember(org.id, "REP", { teamId: team.id });
    await snapshotSeries(rep.id, org.id, [30, 31]);
    expect((await callerFor(user.id).goals.forRep({ orgSlug: org.slug })).status).toBe("not-enough-history");
    await callerFor(manager.user.id).goals.setTeam({ orgSlug: org.slug, teamId: team.id, target: 65, dueDate: null });
    expect(await callerFor(user.id).goals.forRep({ orgSlug: org.slug })).toMatchObject({ target: 65, source: "team" });
    const other = await createTeam(org.id, "Farmers");
    await expect(callerFor(manager.user.id).goals.setTeam({ orgSlug: org.slug, teamId: other.id, target: 65, dueDate: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("industry benchmarks", () => {
  it("syncs the committed reference CSV, and publishes platform aggregates only over ≥ 10 reps from ≥ 3 organisations", async () => {
    expect(await syncReferenceBenchmarks(db)).toBeGreaterThanOrEqual(10);
    const orgs = [];
    for (let k = 0; k < 3; k++) orgs.push((await createOrg({ industry: "retail" })).org);
    // Two organisations with 5 reps each: too few organisations.
    for (const org of orgs.slice(0, 2)) {
      for (let i = 0; i < 5; i++) {
        const { rep } = await addMember(org.id, "REP");
        await snapshotSeries(rep.id, org.id, [50 + i]);
      }
    }
    let res = await refreshPlatformBenchmarks(db);
    expect(res.published).not.toContain("retail");
    expect((await getBenchmark(db, { organizationId: orgs[0]!.id, industry: "retail" }))?.source).toBe("reference");

    const { rep } = await addMember(orgs[2]!.id, "REP");
    await snapshotSeries(rep.id, orgs[2]!.id, [70]);
    res = await refreshPlatformBenchmarks(db);
    expect(res.published).toContain("retail");
    const bench = await getBenchmark(db, { organizationId: orgs[0]!.id, industry: "retail" });
    expect(bench).toMatchObject({ source: "platform", sampleSize: 11 });
    expect(bench!.totalMean).toBeCloseTo((2 * (50 + 51 + 52 + 53 + 54) + 70) / 11, 6);
  });
});
