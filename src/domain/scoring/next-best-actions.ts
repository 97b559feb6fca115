// Next best actions: for each signal with data, the gain in total points of ONE more unit of
// effort this week (the signal's `effort`, which may touch several signals: an accepted
// invitation also adds a connection). Ranked by gain; one slot is kept for unlocking data
// we cannot see yet, because a rep with a Basic archive cannot earn what we cannot measure.
import { COACHING, UNLOCK_ACTIONS, UNLOCK_PRIORITY } from "./coaching";
import { round1 } from "./curve";
import { evaluateSignals, rawTotal, rawTotalOf } from "./evaluate";
import { SIGNAL_SPECS, type SignalKey } from "./model-v1";
import { SIGNAL_DEFS, type UnlockGroup } from "./signals";
import type { NextBestAction, PillarKey, ScoringInput, SignalResult } from "./types";

export const MAX_ACTIONS = 5;
/** Below this an action would show "+0.0": not worth a slot. */
export const MIN_GAIN = 0.05;

export interface MarginalGain {
  key: SignalKey;
  /** Full-precision change in the total for one unit of effort. */
  gain: number;
  /** Position in the signal table (the tie-break). */
  order: number;
}

/** Marginal gain of one unit of effort per data-present signal, best first (ties: table order). */
export function marginalGains(input: ScoringInput, current: readonly SignalResult[] = evaluateSignals(input)): MarginalGain[] {
  const base = rawTotal(current);
  const gains: MarginalGain[] = [];
  SIGNAL_DEFS.forEach((def, order) => {
    if (def.missing(input)) return;
    const after = def.effort(input);
    if (!after) return;
    gains.push({ key: def.key, gain: rawTotalOf(after) - base, order });
  });
  return gains.sort((a, b) => b.gain - a.gain || a.order - b.order);
}

/** One suggestion per unlock group, anchored on its largest locked signal (ties: table order). */
function unlockActions(input: ScoringInput): { group: UnlockGroup; action: NextBestAction }[] {
  const anchors = new Map<UnlockGroup, { key: SignalKey; pillar: PillarKey; cap: number }>();
  for (const def of SIGNAL_DEFS) {
    const missing = def.missing(input);
    if (!missing) continue;
    const spec = SIGNAL_SPECS[def.key];
    const anchor = anchors.get(missing.unlock);
    if (!anchor || spec.cap > anchor.cap) anchors.set(missing.unlock, { key: def.key, pillar: spec.pillar, cap: spec.cap });
  }
  return UNLOCK_PRIORITY.flatMap((group) => {
    const anchor = anchors.get(group);
    if (!anchor) return [];
    // gain 0: what it unlocks cannot be estimated before we see the data.
    return [{ group, action: { signal: anchor.key, pillar: anchor.pillar, action: UNLOCK_ACTIONS[group], gain: 0 } }];
  });
}

/**
 * Top actions: data-present signals by marginal gain (≥ MIN_GAIN). When something can be
 * unlocked by an import or an admin (not by manual logging alone), the last slot goes to that.
 * Remaining slots are filled with further unlock suggestions.
 */
export function nextBestActions(input: ScoringInput, current?: readonly SignalResult[]): NextBestAction[] {
  const measured: NextBestAction[] = marginalGains(input, current)
    .filter((g) => g.gain >= MIN_GAIN)
    .map((g) => ({
      signal: g.key,
      pillar: SIGNAL_SPECS[g.key].pillar,
      action: COACHING[g.key].action(input),
      gain: round1(g.gain),
    }));
  const unlocks = unlockActions(input);
  // Manual logging alone does not earn the reserved slot: it would nag every archive-only rep.
  const reserve = unlocks.some((u) => u.group !== "manualLogging") ? 1 : 0;
  return [...measured.slice(0, MAX_ACTIONS - reserve), ...unlocks.map((u) => u.action)].slice(0, MAX_ACTIONS);
}

/** The pillar the top measured action raises: "the cheapest pillar to raise" on the dashboard. */
export function cheapestPillar(actions: readonly NextBestAction[]): PillarKey | null {
  return actions.find((a) => a.gain > 0)?.pillar ?? null;
}
