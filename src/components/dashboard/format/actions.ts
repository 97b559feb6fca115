// Next best actions and the official-reading comparison, as the cards show them.
import { formatDay } from "~/lib/format/dates";
import { formatDelta, formatScore, round1 } from "~/lib/format/number";
import type { NextBestAction } from "~/domain/scoring/types";
import type { OfficialReading } from "../types";
import { PILLARS, type PillarKey } from "./pillars";

export const MIN_ACTIONS = 3;
export const MAX_ACTIONS = 5;

export interface ActionView {
  key: string;
  pillar: PillarKey;
  pillarLabel: string;
  text: string;
  /** "+1.0 pts" for measured actions; null for suggestions that unlock data (gain 0). */
  gainText: string | null;
  unlocks: boolean;
}

/** The top actions (at most 5), measured gains first as the model ranked them. */
export function actionViews(actions: readonly NextBestAction[], limit = MAX_ACTIONS): ActionView[] {
  return actions.slice(0, limit).map((a, i) => ({
    key: `${a.signal}-${i}`,
    pillar: a.pillar,
    pillarLabel: PILLARS[a.pillar].label,
    text: a.action,
    gainText: a.gain > 0 ? `${formatDelta(a.gain)} pts` : null,
    unlocks: a.gain <= 0,
  }));
}

/** "Doing all three adds about 2.4 points" (measured gains only; they are estimates, one unit each). */
export function combinedGainText(actions: readonly NextBestAction[], limit = MAX_ACTIONS): string | null {
  const measured = actions.slice(0, limit).filter((a) => a.gain > 0);
  if (measured.length < 2) return null;
  const sum = round1(measured.reduce((s, a) => s + a.gain, 0));
  return `Doing all ${measured.length} adds about ${formatScore(sum)} points (estimates; each counts once).`;
}

export interface OfficialComparison {
  officialText: string;
  dateText: string;
  /** ours − official, signed: "+5.4" */
  diffText: string;
  sentence: string;
}

/** How the estimate compares with the latest LinkedIn reading the rep recorded. */
export function officialComparison(ours: number, official: OfficialReading): OfficialComparison {
  const diff = round1(ours - official.total);
  const dateText = formatDay(official.readOn);
  const sentence =
    diff === 0
      ? `Our estimate matches LinkedIn's reading of ${dateText}.`
      : `Our estimate is ${formatScore(Math.abs(diff))} points ${diff > 0 ? "above" : "below"} LinkedIn's reading of ${dateText}.`;
  return { officialText: formatScore(official.total), dateText, diffText: formatDelta(diff), sentence };
}
