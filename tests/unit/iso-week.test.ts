import { describe, expect, it } from "vitest";
import { isoWeekOf, isValidIsoWeek, lastCompletedWeek, lastWeeks, previousWeek, weekEnd, weekStart } from "~/domain/time/iso-week";

describe("ISO weeks in a time zone", () => {
  it("puts a moment in the week of its local date", () => {
    // Sunday 23:30 in New York is Monday 04:30 UTC: still the previous ISO week locally.
    const instant = new Date("2026-11-30T04:30:00Z");
    expect(isoWeekOf(instant, "UTC")).toBe("2026-W49");
    expect(isoWeekOf(instant, "America/New_York")).toBe("2026-W48");
    expect(isoWeekOf(new Date("2026-11-29T23:30:00Z"), "Asia/Tokyo")).toBe("2026-W49");
  });

  it("gives local Monday 00:00 and Sunday 23:59:59.999 as UTC instants, across DST", () => {
    expect(weekStart("2026-W48", "America/New_York").toISOString()).toBe("2026-11-23T05:00:00.000Z");
    expect(weekEnd("2026-W48", "America/New_York").toISOString()).toBe("2026-11-30T04:59:59.999Z");
    // The week of the Berlin autumn change (25 Oct 2026, CEST→CET): starts at +02:00, ends at +01:00.
    expect(weekStart("2026-W43", "Europe/Berlin").toISOString()).toBe("2026-10-18T22:00:00.000Z");
    expect(weekEnd("2026-W43", "Europe/Berlin").toISOString()).toBe("2026-10-25T22:59:59.999Z");
    // New York spring forward (8 Mar 2026).
    expect(weekStart("2026-W11", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(weekEnd("2026-W10", "America/New_York").toISOString()).toBe("2026-03-09T03:59:59.999Z");
  });

  it("handles year boundaries and week 53", () => {
    expect(isoWeekOf(new Date("2027-01-01T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(isValidIsoWeek("2026-W53")).toBe(true);
    expect(isValidIsoWeek("2025-W53")).toBe(false);
    expect(isValidIsoWeek("2026-W00")).toBe(false);
    expect(previousWeek("2027-W01")).toBe("2026-W53");
    expect(weekStart("2027-W01", "UTC").toISOString()).toBe("2027-01-04T00:00:00.000Z");
  });

  it("lists consecutive weeks and the last completed one", () => {
    const weeks = lastWeeks(new Date("2026-11-27T10:00:00Z"), "Europe/Berlin", 26);
    expect(weeks).toHaveLength(26);
    expect(weeks.at(-1)).toBe("2026-W48");
    expect(new Set(weeks).size).toBe(26);
    expect(lastCompletedWeek(new Date("2026-11-30T00:10:00+01:00"), "Europe/Berlin")).toBe("2026-W48");
  });
});
