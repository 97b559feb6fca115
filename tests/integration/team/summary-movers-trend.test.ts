import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { getBenchmark } from "~/server/services/benchmarks/get-benchmark";
import { ALL_SOURCES, emptyScoringInput, scoreRep, type ScoreResult } from "~/domain/scoring";
import { writeSnapshots } from "~/server/services/snapshots/write-snapshots";
import { bandOf } from "~/domain/team-view/bands";
import { callerFor } from "../../factories/caller";
import { addMember, createOrg, createTeam } from "../../factories";
import { setCurrent, week } from "./helpers";

// Summary, movers with "why did it move", heatmap and trend on snapshots written by the product's
// own snapshot writer from real model results.

/** A model result for a rep with `comments` comments and `searches` searches this window. */
function result(comments: number, searches: number): ScoreResult {
  const input = emptyScoringInput(new Date(), { sources: ALL_SOURCES });
  input.kinds.COMMENT = { weighted: comments, windowCount: comments, allTimeCount: comments };
  input.kinds.SEARCH = { weighted: searches, windowCount: searches, allTimeCount: searches };
  input.profile.headline = "Account Executive";
  input.profile.currentPositions = 1;
  return scoreRep(input, { actions: false });
}

// [name, team, [comments, searches] the week before, [comments, searches] last week]
const PEOPLE: [string, "A" | "B", [number, number], [number, number]][] = [
  ["Ann Riser", "A", [2, 2], [20, 4]],
  ["Abe Faller", "A", [20, 6], [0, 6]],
  ["Amy Flat", "A", [5, 5], [5, 5]],
  ["Al Dip", "A", [10, 5], [6, 5]],
  ["Ben Up", "B", [0, 0], [30, 10]],
  ["Bo Down", "B", [30, 10], [1, 10]],
  ["Bea Same", "B", [3, 3], [3, 3]],
];

let ctx: Awaited<ReturnType<typeof setup>>;
async function setup() {
  const { org, owner } = await createOrg({ industry: "software" });
  const a = await createTeam(org.id, "A");
  const b = await createTeam(org.id, "B");
  const manager = await addMember(org.id, "MANAGER", { teamId: a.id });
  const reps = new Map<string, { id: string; team: string; prev: ScoreResult; curr: ScoreResult }>();
  const rows: Record<"prev" | "curr", Parameters<typeof writeSnapshots>[1]["rows"][number][]> = { prev: [], curr: [] };
  for (const [name, team, before, after] of PEOPLE) {
    const { rep } = await addMember(org.id, "REP", { name, teamId: team === "A" ? a.id : b.id });
    const prev = result(...before);
    const curr = result(...after);
    reps.set(name, { id: rep.id, team, prev, curr });
    await setCurrent(rep, curr.total, curr.pillars);
    const base = { repId: rep.id, teamId: team === "A" ? a.id : b.id, orgRankPct: null, teamRankPct: null, industryRankPct: 50, industryRankSource: "REFERENCE" as const };
    rows.prev.push({ ...base, result: prev });
    rows.curr.push({ ...base, result: curr });
  }
  for (const [back, key] of [[1, "prev"], [0, "curr"]] as const) {
    const isoWeek = week(back);
    await writeSnapshots(db, { organizationId: org.id, isoWeek, weekStart: new Date(), rows: rows[key], overwrite: true });
  }
  return { org, owner, a, b, manager, reps };
}

beforeAll(async () => {
  ctx = await setup();
});

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const of = (team: "A" | "B" | "all", key: "prev" | "curr") =>
  [...ctx.reps.values()].filter((r) => team === "all" || r.team === team).map((r) => r[key].total);

describe("movers", () => {
  it("names the biggest risers and fallers of the team, and who dropped more than 5 points, with why", async () => {
    const movers = await callerFor(ctx.manager.user.id).team.movers({ orgSlug: ctx.org.slug });
    expect(movers.weeks).toEqual({ current: week(0), previous: week(1) });
    expect(movers.compared).toBe(4);
    expect(movers.risers.map((m) => m.name)).toEqual(["Ann Riser"]);
    expect(movers.fallers.map((m) => m.name)).toEqual(["Abe Faller", "Al Dip"]);
    expect(movers.dropped.map((m) => m.name)).toEqual(["Abe Faller"]);
    const abe = ctx.reps.get("Abe Faller")!;
    const drop = movers.dropped[0]!;
    expect(drop.delta).toBeCloseTo(abe.curr.total - abe.prev.total, 2);
    expect(drop.delta).toBeLessThan(-5);
    expect(drop.summary).toMatch(/^-\d+\.\d to \d+\.\d, mostly Engage/);
    expect(drop.causes[0]).toMatch(/^-\d+\.\d Engage: .*comments.*\(was 20\)/);
    expect(movers.risers[0]!.causes.join(" ")).toMatch(/Engage/);
    expect(JSON.stringify(movers)).not.toMatch(/Ben Up|Bo Down|Bea Same/);
  });

  it("an admin sees every team's movers", async () => {
    const movers = await callerFor(ctx.owner.id).team.movers({ orgSlug: ctx.org.slug });
    expect(movers.risers[0]!.name).toBe("Ben Up");
    // Largest drop first: 20 comments → none costs more than 30 → 1 (the curve saturates).
    const drop = (name: string) => ctx.reps.get(name)!.curr.total - ctx.reps.get(name)!.prev.total;
    expect(drop("Abe Faller")).toBeLessThan(drop("Bo Down"));
    expect(movers.dropped.map((m) => m.name)).toEqual(["Abe Faller", "Bo Down"]);
    expect(movers.droppedCount).toBe(2);
  });
});

describe("summary", () => {
  it("compares the team's average with the industry and the organisation, by band, goal and week", async () => {
    const s = await callerFor(ctx.owner.id).team.summary({ orgSlug: ctx.org.slug, teamId: ctx.a.id });
    const now = of("A", "curr");
    expect(s.team?.name).toBe("A");
    expect(s.reps).toBe(4);
    expect(s.scored).toBe(4);
    expect(s.average!).toBeCloseTo(mean(now), 6);
    const benchmark = await getBenchmark(db, { organizationId: ctx.org.id, industry: "software" });
    expect(s.benchmark?.average).toBe(benchmark!.totalMean);
    expect(s.benchmark?.difference!).toBeCloseTo(mean(now) - benchmark!.totalMean, 6);
    expect(s.organization.average!).toBeCloseTo(mean(of("all", "curr")), 6);
    expect(s.organization.difference!).toBeCloseTo(mean(now) - mean(of("all", "curr")), 6);
    const bands = Object.fromEntries(s.bands.map((b) => [b.key, b.count]));
    for (const key of ["under30", "30to50", "50to70", "70plus"] as const) {
      expect(bands[key], key).toBe(now.filter((t) => bandOf(t) === key).length);
    }
    expect(s.atGoal).toBe(now.filter((t) => t >= 70).length);
    expect(s.weekOverWeek.current).toMatchObject({ week: week(0), reps: 4 });
    expect(s.weekOverWeek.previous).toMatchObject({ week: week(1), reps: 4 });
    expect(s.weekOverWeek.change!).toBeCloseTo(mean(now) - mean(of("A", "prev")), 6);
  });
});

describe("heatmap and trend", () => {
  it("shows reps × pillars, the team's pillar averages, the industry's and the weakest pillar", async () => {
    const h = await callerFor(ctx.manager.user.id).team.heatmap({ orgSlug: ctx.org.slug });
    expect(h.reps.map((r) => r.name)).toEqual(["Abe Faller", "Al Dip", "Amy Flat", "Ann Riser"]);
    const ann = ctx.reps.get("Ann Riser")!;
    expect(h.reps[3]!.pillars).toEqual(ann.curr.pillars);
    expect(h.scored).toBe(4);
    expect(h.truncated).toBe(false);
    const team = [...ctx.reps.values()].filter((r) => r.team === "A");
    expect(h.average!.engage).toBeCloseTo(mean(team.map((r) => r.curr.pillars.engage)), 6);
    expect(h.industry).not.toBeNull();
    // Every rep here lacks most of the brand and relationship signals: the weakest pillar is the one furthest below the industry.
    const gaps = (["brand", "findPeople", "engage", "relationships"] as const).map((p) => h.average![p] - h.industry!.pillars[p]);
    expect(h.weakest?.gap).toBeCloseTo(Math.min(...gaps), 6);
    expect(h.teams.map((t) => t.name)).toEqual(["A"]);
  });

  it("plots the team's weekly average against a second team and the benchmark", async () => {
    const t = await callerFor(ctx.owner.id).team.trend({ orgSlug: ctx.org.slug, teamId: ctx.a.id, compareTeamId: ctx.b.id, weeks: 26 });
    expect(t.points.map((p) => p.isoWeek)).toEqual([week(1), week(0)]);
    expect(t.points[0]!.team!).toBeCloseTo(mean(of("A", "prev")), 6);
    expect(t.points[1]!.team!).toBeCloseTo(mean(of("A", "curr")), 6);
    expect(t.points[1]!.compare!).toBeCloseTo(mean(of("B", "curr")), 6);
    expect(t.points[1]).toMatchObject({ teamReps: 4, compareReps: 3 });
    expect(t.benchmark?.average).toBeGreaterThan(0);
    expect(t.compare?.name).toBe("B");
  });
});
