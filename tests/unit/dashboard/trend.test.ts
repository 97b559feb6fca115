import { describe, expect, it } from "vitest";
import { totalDomain, totalTicks, trendRows, trendSummary, weeklyDeltas } from "~/components/dashboard/format/trend";
import type { HistoryPoint } from "~/components/dashboard/types";
import { addIsoWeeks } from "~/domain/goals/forecast";
import { MINUS } from "~/lib/format/number";

const point = (isoWeek: string, total: number): HistoryPoint => ({
  isoWeek,
  weekStart: "2026-01-01",
  total,
  pillars: { brand: total / 4, findPeople: total / 4, engage: total / 4, relationships: total / 4 },
  industryRankPct: null,
  industryRankSource: null,
  orgRankPct: null,
  teamRankPct: null,
  modelVersion: "v1.0.0",
});
const series = (start: string, totals: number[]) => totals.map((t, i) => point(addIsoWeeks(start, i), t));

describe("trend rows", () => {
  it("shapes snapshots oldest first, across a year boundary, keeping at most `weeks`", () => {
    const rows = trendRows(series("2026-W51", [60, 61, 62, 63]).reverse(), 3);
    expect(rows.map((r) => r.isoWeek)).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
    expect(rows[0]).toMatchObject({ week: "W52", label: "21 Dec", longLabel: "week 52 of 2026 (from 21 Dec)", total: 61, brand: 15.25 });
    expect(
      trendRows(
        series(
          "2026-W01",
          Array.from({ length: 26 }, (_, i) => 50 + i),
        ),
        26,
      ),
    ).toHaveLength(26);
  });

  it("describes the chart in one sentence (its text equivalent)", () => {
    const rows = trendRows(series("2026-W20", [62.04, 58.2, 66.7, 64.9]));
    expect(trendSummary(rows, 70)).toBe("Up 2.9 points over 4 weeks, from 62.0 to 64.9; lowest 58.2, highest 66.7. Goal: 70.");
    expect(trendSummary(trendRows(series("2026-W20", [70, 65])))).toBe("Down 5.0 points over 2 weeks, from 70.0 to 65.0; lowest 65.0, highest 70.0.");
    expect(trendSummary(trendRows(series("2026-W20", [50])))).toBe("One weekly score so far: 50.0 in week 20 of 2026 (from 11 May).");
    expect(trendSummary([])).toBe("No weekly scores yet.");
  });

  it("gives week-on-week changes for the table", () => {
    expect(weeklyDeltas(trendRows(series("2026-W20", [60, 61.26, 61.2])))).toEqual([null, "+1.3", `${MINUS}0.1`]);
  });

  it("keeps the y axis readable: round tens around the data and the goal, within 0..100", () => {
    expect(totalDomain(trendRows(series("2026-W20", [72, 80.2])), 70)).toEqual([60, 90]);
    expect(totalDomain(trendRows(series("2026-W20", [2, 4])))).toEqual([0, 10]);
    expect(totalDomain(trendRows(series("2026-W20", [97, 99])), 70)).toEqual([60, 100]);
    expect(totalDomain([])).toEqual([0, 100]);
  });

  it("puts y ticks on round numbers", () => {
    expect(totalTicks([60, 90])).toEqual([60, 70, 80, 90]);
    expect(totalTicks([0, 100])).toEqual([0, 20, 40, 60, 80, 100]);
    expect(totalTicks([0, 10])).toEqual([0, 10]);
  });
});
