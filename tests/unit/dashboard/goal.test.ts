import { describe, expect, it } from "vitest";
import { forecastText, gapText, GOAL_STATUS, goalSourceText, paceText, personalGoalSchema, progressPercent } from "~/components/dashboard/format/goal";
import { addIsoWeeks, forecastGoal } from "~/domain/goals/forecast";

const weeks = (start: string, totals: number[]) => totals.map((total, i) => ({ isoWeek: addIsoWeeks(start, i), total }));
const goal = (f: ReturnType<typeof forecastGoal>, target: number, dueDate: string | null = null) => ({ ...f, target, dueDate });

describe("goal forecast in words (on the real forecast)", () => {
  it("reached", () => {
    const f = forecastGoal({ weekly: weeks("2026-W30", [60, 66, 71, 73]), target: 70 });
    expect(forecastText(goal(f, 70))).toBe("Reached 70 in week 32 of 2026 (from 3 Aug).");
    expect(GOAL_STATUS[f.status].label).toBe("Reached");
  });

  it("on track, with and without a due date", () => {
    const f = forecastGoal({ weekly: weeks("2026-W40", [50, 52, 54, 56]), target: 70 });
    expect(f.status).toBe("on-track");
    expect(forecastText(goal(f, 70))).toBe("At +2.0 points a week you reach 70 around week 50 of 2026 (from 7 Dec).");
    const due = forecastGoal({ weekly: weeks("2026-W40", [50, 52, 54, 56]), target: 70, dueDate: new Date("2027-01-31T00:00:00Z") });
    expect(forecastText(goal(due, 70, "2027-01-31"))).toBe(
      "At +2.0 points a week you reach 70 around week 50 of 2026 (from 7 Dec), before your due date (31 Jan 2027).",
    );
  });

  it("at risk: late, too slow, or falling", () => {
    const late = forecastGoal({ weekly: weeks("2026-W40", [50, 51, 52, 53]), target: 70, dueDate: new Date("2026-12-01T00:00:00Z") });
    // 53 at week 43, +1 a week: 17 weeks on, across 2026's week 53.
    expect(forecastText(goal(late, 70, "2026-12-01"))).toBe(
      "At +1.0 points a week you reach 70 around week 7 of 2027 (from 15 Feb): after your due date (1 Dec 2026).",
    );
    const slow = forecastGoal({ weekly: weeks("2026-W40", [50, 50.1, 50.2, 50.3]), target: 70 });
    expect(forecastText(goal(slow, 70))).toBe("At +0.1 points a week, 70 is more than two years away.");
    const falling = forecastGoal({ weekly: weeks("2026-W40", [56, 54, 52]), target: 70 });
    expect(forecastText(goal(falling, 70))).toBe("Your weekly trend is flat or falling (\u22122.0 points a week): at this pace you will not reach 70.");
    expect(GOAL_STATUS[falling.status]).toEqual({ label: "At risk", tone: "warning" });
  });

  it("not enough history", () => {
    const f = forecastGoal({ weekly: weeks("2026-W40", [50, 52]), target: 70 });
    expect(forecastText(goal(f, 70))).toBe("Not enough history for a forecast yet: it needs at least 3 weekly scores.");
    expect(paceText(f)).toBeNull();
    expect(paceText({ status: "on-track", weeklyTrend: 0.62 })).toBe("Pace: +0.6 points a week (trend of the last 8 weekly scores)");
  });

  it("names the target's source and the gap", () => {
    expect(goalSourceText("personal", true)).toBe("Your personal target");
    expect(goalSourceText("team", false)).toBe("Their team's target");
    expect(goalSourceText("organization", true)).toBe("The organisation's target");
    expect(gapText(79.42, 70)).toBe("9.4 points above the target");
    expect(gapText(57.73, 70)).toBe("12.3 points to go");
    expect(gapText(null, 70)).toBe("No score yet");
    expect(progressPercent(0.8249)).toBe(82);
    expect(progressPercent(1.3)).toBe(100);
  });
});

describe("personal target form", () => {
  const today = "2026-11-27";
  it("accepts a whole target ≥ the org's minimum and an optional date from today", () => {
    const s = personalGoalSchema(65, today);
    expect(s.safeParse({ target: 75, dueDate: "" }).success).toBe(true);
    expect(s.safeParse({ target: 75, dueDate: "2026-11-27" }).success).toBe(true);
    const low = s.safeParse({ target: 60, dueDate: "" });
    expect(low.success ? null : low.error.issues[0]?.message).toBe("Your organisation asks for at least 65");
    const past = s.safeParse({ target: 75, dueDate: "2026-11-26" });
    expect(past.success ? null : past.error.issues[0]?.message).toBe("Pick today or a later date");
    expect(personalGoalSchema(null, today).safeParse({ target: 70.5, dueDate: "" }).success).toBe(false);
    expect(personalGoalSchema(null, today).safeParse({ target: null, dueDate: "" }).success).toBe(false);
    expect(personalGoalSchema(null, today).safeParse({ target: 101, dueDate: "" }).success).toBe(false);
  });
});
