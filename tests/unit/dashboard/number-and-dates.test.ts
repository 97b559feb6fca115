import { describe, expect, it } from "vitest";
import { formatAgo, formatDay, isoWeekMonday, localDay, weekLongLabel, weekNumberLabel, weekShortLabel } from "~/lib/format/dates";
import { clamp01, directionOf, formatDelta, formatPercent, formatPoints, formatScore, MINUS, round1 } from "~/lib/format/number";

describe("score numbers", () => {
  it("shows one decimal, rounding half away from zero despite float noise", () => {
    expect(formatScore(79.42)).toBe("79.4");
    expect(formatScore(79.45)).toBe("79.5"); // 79.45 × 10 = 794.4999… in floating point
    expect(formatScore(0.05)).toBe("0.1");
    expect(formatScore(0)).toBe("0.0");
    expect(formatScore(-0.04)).toBe("0.0"); // never "-0.0"
    expect(formatScore(100)).toBe("100.0");
    expect(formatScore(Number.NaN)).toBe("0.0");
    expect(round1(-2.25)).toBe(-2.3);
  });

  it("signs deltas with a typographic minus and says 0.0 when nothing shows", () => {
    expect(formatDelta(2.14)).toBe("+2.1");
    expect(formatDelta(-0.73)).toBe(`${MINUS}0.7`);
    expect(formatDelta(0.04)).toBe("0.0");
    expect(formatDelta(-0.04)).toBe("0.0");
    expect(directionOf(0.04)).toBe("flat");
    expect(directionOf(0.05)).toBe("up");
    expect(directionOf(-0.3)).toBe("down");
  });

  it("prints points out of a cap, percents and clamps", () => {
    expect(formatPoints(2.8903, 3)).toBe("2.9 / 3");
    expect(formatPoints(0, 9)).toBe("0.0 / 9");
    expect(formatPoints(1.2, 2.5)).toBe("1.2 / 2.5");
    expect(formatPercent(0.684)).toBe("68%");
    expect(formatPercent(1.4)).toBe("100%");
    expect(clamp01(-1)).toBe(0);
    expect(clamp01(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe("week and day labels (UTC, independent of the time zone)", () => {
  it("reads ISO weeks, including week 53", () => {
    expect(isoWeekMonday("2026-W47")?.toISOString()).toBe("2026-11-16T00:00:00.000Z");
    expect(isoWeekMonday("2026-W53")?.toISOString()).toBe("2026-12-28T00:00:00.000Z");
    expect(isoWeekMonday("2026/W47")).toBeNull();
    expect(weekNumberLabel("2026-W07")).toBe("W7");
    expect(weekShortLabel("2026-W47")).toBe("16 Nov");
    expect(weekLongLabel("2026-W47")).toBe("week 47 of 2026 (from 16 Nov)");
    expect(weekLongLabel("nonsense")).toBe("nonsense");
  });

  it("prints days and relative times", () => {
    expect(formatDay("2026-11-20")).toBe("20 Nov 2026");
    expect(formatDay("soon")).toBe("soon");
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
    const now = new Date("2026-11-27T12:00:00Z");
    expect(formatAgo(new Date("2026-11-27T11:59:30Z"), now)).toBe("just now");
    expect(formatAgo(new Date("2026-11-27T11:57:00Z"), now)).toBe("3 minutes ago");
    expect(formatAgo(new Date("2026-11-27T10:00:00Z"), now)).toBe("2 hours ago");
  });
});
