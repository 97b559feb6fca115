// Goal card wording: status words, the forecast sentence, where the target comes from, and the
// personal-target form's rules (the server checks them again).
import { z } from "zod";
import { formatDay, localDay, weekLongLabel } from "~/lib/format/dates";
import { formatDelta, formatScore, round1 } from "~/lib/format/number";
import { MIN_SNAPSHOTS, TREND_WINDOW } from "~/domain/goals/forecast";
import type { RepGoal } from "../types";

export type GoalStatus = RepGoal["status"];
export type Tone = "success" | "info" | "warning" | "neutral";

export const GOAL_STATUS: Record<GoalStatus, { label: string; tone: Tone }> = {
  reached: { label: "Reached", tone: "success" },
  "on-track": { label: "On track", tone: "info" },
  "at-risk": { label: "At risk", tone: "warning" },
  "not-enough-history": { label: "Not enough history", tone: "neutral" },
};

/** Minimum weekly scores the forecast needs, and how many recent ones its trend uses (pure constants). */
export const FORECAST_MIN_WEEKS = MIN_SNAPSHOTS;

const perWeek = (trend: number) => `${formatDelta(trend)} points a week`;

/** The forecast in one sentence: when the target is (or was) reached, or why there is no date. */
export function forecastText(goal: Pick<RepGoal, "status" | "target" | "forecastWeek" | "weeklyTrend" | "dueDate" | "reason">): string {
  const week = goal.forecastWeek ? weekLongLabel(goal.forecastWeek) : null;
  const due = goal.dueDate ? formatDay(goal.dueDate) : null;
  switch (goal.status) {
    case "reached":
      return week ? `Reached ${goal.target} in ${week}.` : `Reached ${goal.target}.`;
    case "not-enough-history":
      return `Not enough history for a forecast yet: it needs at least ${FORECAST_MIN_WEEKS} weekly scores.`;
    case "on-track":
      return week ? `At ${perWeek(goal.weeklyTrend)} you reach ${goal.target} around ${week}${due ? `, before your due date (${due})` : ""}.` : goal.reason;
    case "at-risk":
      if (week) {
        return `At ${perWeek(goal.weeklyTrend)} you reach ${goal.target} around ${week}: ${due ? `after your due date (${due})` : "more than 26 weeks away"}.`;
      }
      return goal.weeklyTrend > 0
        ? `At ${perWeek(goal.weeklyTrend)}, ${goal.target} is more than two years away.`
        : `Your weekly trend is flat or falling (${perWeek(goal.weeklyTrend)}): at this pace you will not reach ${goal.target}.`;
    default:
      return goal.reason;
  }
}

/** "Your personal target", "Enterprise team target"… (`self`: the viewer is the rep). */
export function goalSourceText(source: RepGoal["source"], self: boolean): string {
  const who = self ? "Your" : "Their";
  if (source === "personal") return `${who} personal target`;
  if (source === "team") return `${who} team's target`;
  return "The organisation's target";
}

/** "9.4 points above the target" / "12.3 points to go" / "No score yet". */
export function gapText(current: number | null, target: number): string {
  if (current === null) return "No score yet";
  const gap = round1(target - current);
  if (gap <= 0) return gap === 0 ? "Exactly on target" : `${formatScore(-gap)} points above the target`;
  return `${formatScore(gap)} points to go`;
}

/** "Pace: +0.6 points a week over the last weeks" (null without history). */
export function paceText(goal: Pick<RepGoal, "status" | "weeklyTrend">): string | null {
  if (goal.status === "not-enough-history") return null;
  return `Pace: ${perWeek(goal.weeklyTrend)} (trend of the last ${TREND_WINDOW} weekly scores)`;
}

/** Progress bar value 0..100 (whole percent). */
export function progressPercent(progress: number): number {
  return Math.round(Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0)) * 100);
}

/** The personal-target form: a whole target from the org's minimum to 100, an optional due date not in the past. */
export function personalGoalSchema(minTarget: number | null, today: string = localDay()) {
  const min = Math.max(1, minTarget ?? 1);
  return z.object({
    target: z
      .number({ error: "Enter a target between 1 and 100" })
      .int("Whole points only")
      .min(min, min > 1 ? `Your organisation asks for at least ${min}` : "At least 1")
      .max(100, "At most 100"),
    dueDate: z
      .string()
      .trim()
      .refine((d) => d === "" || /^\d{4}-\d{2}-\d{2}$/.test(d), "Use a date like 2027-03-31")
      .refine((d) => d === "" || d >= today, "Pick today or a later date"),
  });
}
export type PersonalGoalValues = z.infer<ReturnType<typeof personalGoalSchema>>;
