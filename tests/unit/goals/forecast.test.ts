import { describe, expect, it } from "vitest";
import {
  addIsoWeeks,
  forecastGoal,
  formatIsoWeek,
  isoWeeksBetween,
  leastSquaresSlope,
  parseIsoWeek,
  type WeeklyTotal,
} from "~/domain/goals/forecast";

/** Consecutive weeks from `start` with the given totals. */
const weeks = (start: string, totals: number[]): WeeklyTotal[] =>
  totals.map((total, i) => ({ isoWeek: addIsoWeeks(start, i), total }));

describe("ISO week helpers", () => {
  it("round-trips weeks, including 53-week years, independent of the server time zone", () => {
    expect(parseIsoWeek("2026-W53").toISOString()).toBe("2026-12-28T00:00:00.000Z");
    expect(addIsoWeeks("2026-W52", 1)).toBe("2026-W53");
    expect(addIsoWeeks("2026-W53", 1)).toBe("2027-W01");
    expect(addIsoWeeks("2025-W52", 1)).toBe("2026-W01");
    expect(isoWeeksBetween("2025-W50", "2026-W02")).toBe(4);
    expect(formatIsoWeek(new Date("2027-01-03T23:59:59Z"))).toBe("2026-W53"); // a Sunday
  });
  it("rejects malformed and non-existent weeks", () => {
    for (const bad of ["2025-W53", "2026-W00", "2026-W7", "2026/W07", ""]) {
      expect(() => parseIsoWeek(bad)).toThrow(RangeError);
    }
  });
});

describe("leastSquaresSlope", () => {
  it("fits a line", () => {
    expect(leastSquaresSlope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }])).toBeCloseTo(2, 12);
    expect(leastSquaresSlope([{ x: 0, y: 50 }, { x: 1, y: 52 }, { x: 2, y: 51 }, { x: 3, y: 53 }])).toBeCloseTo(0.8, 12);
    expect(leastSquaresSlope([{ x: 0, y: 4 }])).toBe(0);
  });
});

describe("forecastGoal", () => {
  it("has no opinion with fewer than 3 weekly scores", () => {
    expect(forecastGoal({ weekly: [], target: 70 })).toEqual({
      progress: 0,
      forecastWeek: null,
      status: "not-enough-history",
      weeklyTrend: 0,
      reason: "No weekly scores yet.",
    });
    const two = forecastGoal({ weekly: weeks("2026-W40", [40, 44]), target: 70 });
    expect(two).toMatchObject({ status: "not-enough-history", forecastWeek: null, weeklyTrend: 4 });
    expect(two.progress).toBeCloseTo(44 / 70, 12);
    expect(two.reason).toBe("2 of 3 weekly scores needed for a forecast; now 44.0 of 70.");
  });

  it("reports reached as soon as the latest score meets the target, even without history", () => {
    expect(forecastGoal({ weekly: weeks("2026-W40", [71]), target: 70 })).toMatchObject({
      status: "reached",
      progress: 1,
      forecastWeek: "2026-W40",
    });
    // The week it was reached is the start of the current run at/above target.
    const r = forecastGoal({ weekly: weeks("2026-W40", [72, 65, 70, 74]), target: 70 });
    expect(r).toMatchObject({ status: "reached", forecastWeek: "2026-W42", reason: "Reached 70 in 2026-W42 (now 74.0)." });
  });

  it("forecasts the week from the latest score and a least-squares trend", () => {
    // +2/week, latest 56 → 70 needs 7 weeks after 2026-W45.
    const f = forecastGoal({ weekly: weeks("2026-W40", [46, 48, 50, 52, 54, 56]), target: 70 });
    expect(f).toEqual({
      progress: 0.8,
      forecastWeek: "2026-W52",
      status: "on-track",
      weeklyTrend: 2,
      reason: "At +2.0 points/week over the last 6 weeks, you reach 70 around 2026-W52, within 26 weeks.",
    });
  });

  it("uses only the last 8 snapshots for the trend", () => {
    // An old slump must not drag today's trend: the last 8 rise by 1/week.
    const f = forecastGoal({ weekly: weeks("2026-W20", [60, 50, 40, 30, 41, 42, 43, 44, 45, 46, 47, 48]), target: 70 });
    expect(f.weeklyTrend).toBe(1);
    expect(f.forecastWeek).toBe(addIsoWeeks("2026-W31", 22));
  });

  it("measures the trend in real weeks, so a missing week does not steepen it", () => {
    const gap = [
      { isoWeek: "2026-W40", total: 50 },
      { isoWeek: "2026-W41", total: 51 },
      { isoWeek: "2026-W44", total: 54 },
    ];
    expect(forecastGoal({ weekly: gap, target: 70 }).weeklyTrend).toBe(1);
  });

  it("sorts its input and keeps the last entry of a repeated week", () => {
    const messy = [
      { isoWeek: "2026-W42", total: 99 },
      { isoWeek: "2026-W41", total: 52 },
      { isoWeek: "2026-W40", total: 50 },
      { isoWeek: "2026-W42", total: 54 },
    ];
    expect(forecastGoal({ weekly: messy, target: 70 })).toMatchObject({ weeklyTrend: 2, forecastWeek: "2026-W50" });
  });

  it("compares the forecast with the due date's ISO week", () => {
    const weekly = weeks("2026-W40", [46, 48, 50, 52, 54, 56]); // reaches 70 in 2026-W52
    const onTime = forecastGoal({ weekly, target: 70, dueDate: new Date("2026-12-27") }); // Sunday of W52
    expect(onTime).toMatchObject({ status: "on-track", forecastWeek: "2026-W52" });
    expect(onTime.reason).toBe("At +2.0 points/week over the last 6 weeks, you reach 70 around 2026-W52, on or before the due week 2026-W52.");
    const late = forecastGoal({ weekly, target: 70, dueDate: new Date("2026-12-13") }); // W50
    expect(late).toMatchObject({ status: "at-risk", forecastWeek: "2026-W52" });
    expect(late.reason).toBe("At +2.0 points/week over the last 6 weeks, you reach 70 around 2026-W52, after the due week 2026-W50.");
  });

  it("is at risk when flat or falling, or too slow without a due date", () => {
    const flat = forecastGoal({ weekly: weeks("2026-W40", [55, 54, 55, 54]), target: 70 });
    expect(flat).toMatchObject({ status: "at-risk", forecastWeek: null, weeklyTrend: -0.2 });
    expect(flat.reason).toBe("Flat or falling (-0.2 points/week over the last 4 weeks): at this pace 70 is out of reach.");
    // +0.5/week from 50: 40 weeks, beyond the 26-week horizon.
    const slow = forecastGoal({ weekly: weeks("2026-W40", [49, 49.5, 50]), target: 70 });
    expect(slow).toMatchObject({ status: "at-risk", forecastWeek: addIsoWeeks("2026-W42", 40), weeklyTrend: 0.5 });
    expect(forecastGoal({ weekly: weeks("2026-W40", [49, 49.5, 50]), target: 70, horizonWeeks: 52 }).status).toBe("on-track");
    // Beyond two years there is no forecast week at all.
    const glacial = forecastGoal({ weekly: weeks("2026-W40", [30, 30.1, 30.2]), target: 70 });
    expect(glacial).toMatchObject({ status: "at-risk", forecastWeek: null });
  });
});
