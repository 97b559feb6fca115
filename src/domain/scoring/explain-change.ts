// "Why did my score move?" for the dashboard and the weekly e-mail: per-pillar deltas and the
// signal-level causes in plain words, e.g. "+2.1 Engage: 6 comments written in 90 days (was 1)".
import { toCents } from "./curve";
import { PILLAR_KEYS, PILLAR_LABELS, SIGNAL_SPECS } from "./model-v1";
import { formatDelta, formatNumber } from "./text";
import type { PillarKey, ScoreResult, SignalResult } from "./types";

/** Changes smaller than this are noise (they would read "+0.0"). */
export const MIN_CHANGE = 0.05;
export const DEFAULT_CAUSES = 5;

export interface PillarChange {
  pillar: PillarKey;
  label: string;
  from: number;
  to: number;
  delta: number;
}

export interface SignalChange {
  signal: string;
  pillar: PillarKey;
  /** Full-precision change in points. */
  delta: number;
  text: string;
}

export interface ScoreChange {
  from: number;
  to: number;
  totalDelta: number;
  pillars: PillarChange[];
  /** Largest absolute impact first; at most `limit`. */
  causes: SignalChange[];
  /** The two results come from different model versions: part of the move is the model. */
  modelChanged: boolean;
  summary: string;
}

const centsDelta = (to: number, from: number) => (toCents(to) - toCents(from)) / 100;

function describe(prev: SignalResult, curr: SignalResult, delta: number): string {
  if (curr.noData) return `${curr.label}: ${curr.display}`;
  if (prev.noData) return `${curr.display} (newly measured)`;
  if (curr.count !== undefined && prev.count !== undefined) {
    if (curr.count !== prev.count) return `${curr.display} (was ${formatNumber(prev.count)})`;
    const spec = (SIGNAL_SPECS as Record<string, { k: number | null } | undefined>)[curr.key];
    if (spec?.k === null) return `${curr.display} (partial credit ${delta > 0 ? "added" : "removed"})`;
    // Same events, different recency weight: they aged, or older ones gave way to newer ones.
    return `${curr.display} (same count, ${delta > 0 ? "more recent" : "older now"})`;
  }
  return `${curr.display} (was ${prev.display})`;
}

export function explainChange(
  prev: ScoreResult,
  curr: ScoreResult,
  options: { limit?: number } = {},
): ScoreChange {
  const limit = options.limit ?? DEFAULT_CAUSES;
  const pillars = PILLAR_KEYS.map((pillar) => ({
    pillar,
    label: PILLAR_LABELS[pillar],
    from: prev.pillars[pillar],
    to: curr.pillars[pillar],
    delta: centsDelta(curr.pillars[pillar], prev.pillars[pillar]),
  }));

  const before = new Map(prev.signals.map((s) => [s.key, s]));
  const causes = curr.signals
    .flatMap((s, order) => {
      const p = before.get(s.key);
      if (!p) return []; // a signal new in this model version: covered by modelChanged
      const delta = s.points - p.points;
      if (Math.abs(delta) < MIN_CHANGE) return [];
      const text = `${formatDelta(delta)} ${PILLAR_LABELS[s.pillar]}: ${describe(p, s, delta)}`;
      return [{ change: { signal: s.key, pillar: s.pillar, delta, text }, order }];
    })
    .sort((a, b) => Math.abs(b.change.delta) - Math.abs(a.change.delta) || a.order - b.order)
    .slice(0, limit)
    .map((c) => c.change);

  const totalDelta = centsDelta(curr.total, prev.total);
  const modelChanged = prev.modelVersion !== curr.modelVersion;
  return {
    from: prev.total,
    to: curr.total,
    totalDelta,
    pillars,
    causes,
    modelChanged,
    summary: summarise(totalDelta, curr.total, pillars, modelChanged ? [prev.modelVersion, curr.modelVersion] : null),
  };
}

function summarise(
  totalDelta: number,
  total: number,
  pillars: PillarChange[],
  versions: [string, string] | null,
): string {
  const note = versions ? ` The scoring model changed from ${versions[0]} to ${versions[1]}.` : "";
  if (Math.abs(totalDelta) < MIN_CHANGE) return `Unchanged at ${total.toFixed(1)}.${note}`;
  // The pillar that moved most in the direction of the total.
  const main = pillars
    .filter((p) => Math.sign(p.delta) === Math.sign(totalDelta) && Math.abs(p.delta) >= MIN_CHANGE)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))[0];
  const mostly = main ? `, mostly ${main.label} (${formatDelta(main.delta)})` : "";
  return `${formatDelta(totalDelta)} to ${total.toFixed(1)}${mostly}.${note}`;
}
