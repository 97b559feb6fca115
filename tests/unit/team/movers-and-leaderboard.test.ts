import { describe, expect, it } from "vitest";
import { rankLeaderboard } from "~/server/services/team-view/leaderboard-rank";
import { selectMovers, type WeekDelta } from "~/server/services/team-view/movers-select";
import { lowestPillar, weakestPillar } from "~/domain/team-view/pillars";
import { trendSeries } from "~/domain/team-view/trend-series";

const rep = (name: string, from: number, to: number): WeekDelta => ({ id: name.toLowerCase(), name, team: "T", from, to });

describe("selectMovers", () => {
  it("picks the biggest risers and fallers and everyone who dropped more than 5 points", () => {
    const rows = [
      rep("Ann", 50, 58.2),
      rep("Ben", 60, 53.9), // −6.1
      rep("Cat", 40, 40.04), // +0.04: not a move
      rep("Dan", 70, 64.99), // −5.01: dropped more than 5
      rep("Eve", 30, 35), // +5
      rep("Fay", 45, 40), // exactly −5: not "more than 5"
      rep("Gus", 20, 20.5),
    ];
    const s = selectMovers(rows, { limit: 2 });
    expect(s.risers.map((m) => [m.name, m.delta])).toEqual([["Ann", 8.2], ["Eve", 5]]);
    expect(s.fallers.map((m) => [m.name, m.delta])).toEqual([["Ben", -6.1], ["Dan", -5.01]]);
    expect(s.dropped.map((m) => m.name)).toEqual(["Ben", "Dan"]);
    expect(s.droppedCount).toBe(2);
    expect(s.compared).toBe(7);
  });

  it("breaks ties by name, works in cents (no float noise) and caps the drop list", () => {
    const rows = [rep("Zed", 10.1, 10.3), rep("Amy", 20.1, 20.3)];
    expect(selectMovers(rows).risers.map((m) => [m.name, m.delta])).toEqual([["Amy", 0.2], ["Zed", 0.2]]);
    const many = Array.from({ length: 80 }, (_, i) => rep(`R${String(i).padStart(2, "0")}`, 90, 80 - i / 10));
    const s = selectMovers(many, { maxDropped: 50 });
    expect(s.dropped).toHaveLength(50);
    expect(s.droppedCount).toBe(80);
    expect(s.dropped[0]!.name).toBe("R79");
    expect(selectMovers([])).toEqual({ risers: [], fallers: [], dropped: [], droppedCount: 0, compared: 0 });
  });
});

describe("rankLeaderboard", () => {
  it("withholds groups under 3", () => {
    expect(rankLeaderboard([])).toEqual({ withheld: true, size: 0, entries: [] });
    expect(rankLeaderboard([{ name: "A", total: 50, isSelf: true }, { name: "B", total: 60, isSelf: false }])).toEqual({ withheld: true, size: 2, entries: [] });
  });
  it("ranks by the total as shown, sharing ranks on ties", () => {
    const r = rankLeaderboard([
      { name: "Cy", total: 61.04, isSelf: false },
      { name: "Al", total: 70, isSelf: false },
      { name: "Bo", total: 60.96, isSelf: true },
      { name: "Di", total: 12, isSelf: false },
    ]);
    expect(r.entries).toEqual([
      { rank: 1, name: "Al", total: 70, isSelf: false },
      { rank: 2, name: "Bo", total: 61, isSelf: true },
      { rank: 2, name: "Cy", total: 61, isSelf: false },
      { rank: 4, name: "Di", total: 12, isSelf: false },
    ]);
  });
});

describe("pillars", () => {
  const avg = { brand: 10, findPeople: 14, engage: 9, relationships: 16 };
  it("the weakest pillar is the one furthest below the industry, else the lowest", () => {
    expect(weakestPillar(avg, { brand: 15, findPeople: 13, engage: 11, relationships: 17 })).toEqual({ pillar: "brand", average: 10, industry: 15, gap: -5 });
    expect(weakestPillar(avg, null)).toEqual({ pillar: "engage", average: 9, industry: null, gap: null });
    expect(weakestPillar({ brand: 5, findPeople: 5, engage: 5, relationships: 5 }, null).pillar).toBe("brand");
    expect(lowestPillar(avg)).toBe("engage");
  });
});

describe("trendSeries", () => {
  it("fills every week up to the latest, starting at the first with data", () => {
    const rows = [
      { isoWeek: "2026-W01", average: 50, reps: 4, compareAverage: null, compareReps: 0 },
      { isoWeek: "2026-W03", average: 52, reps: 4, compareAverage: 40, compareReps: 3 },
    ];
    expect(trendSeries("2026-W03", 12, rows)).toEqual([
      { isoWeek: "2026-W01", team: 50, teamReps: 4, compare: null, compareReps: 0 },
      { isoWeek: "2026-W02", team: null, teamReps: 0, compare: null, compareReps: 0 },
      { isoWeek: "2026-W03", team: 52, teamReps: 4, compare: 40, compareReps: 3 },
    ]);
    // Across a year boundary (2026 has 53 ISO weeks).
    expect(trendSeries("2027-W01", 2, [{ isoWeek: "2026-W53", average: 1, reps: 1, compareAverage: null, compareReps: 0 }]).map((p) => p.isoWeek)).toEqual(["2026-W53", "2027-W01"]);
    expect(trendSeries(null, 12, [])).toEqual([]);
  });
});
