// Presentation of a pillar's signals: every point traceable to a raw figure, "no data" explicit.
import type { PillarKey, SignalResult } from "~/domain/scoring/types";
import { clamp01, formatPoints } from "~/lib/format/number";
import { PILLAR_KEYS } from "./pillars";

export interface SignalView {
  key: string;
  label: string;
  /** The raw figure ("19 comments written in 90 days"), or the no-data reason. */
  detail: string;
  pointsText: string;
  /** points / cap, 0..1 (bar width). */
  share: number;
  noData: boolean;
  /** Why there is no data and what unlocks it ("import your LinkedIn archive"). */
  reason: string | null;
}

/** "no data (import your LinkedIn archive)" → "import your LinkedIn archive". */
export function noDataReason(display: string): string | null {
  const m = /^no data\s*\((.*)\)\s*$/i.exec(display.trim());
  if (m) return m[1]?.trim() || null;
  return null;
}

/** First letter up: reasons read as sentences in the UI. */
export function sentenceCase(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export function signalView(s: SignalResult): SignalView {
  const reason = s.noData ? noDataReason(s.display) : null;
  return {
    key: s.key,
    label: s.label,
    detail: s.noData ? (reason ? `No data: ${reason}` : "No data yet") : sentenceCase(s.display),
    pointsText: s.noData ? `— / ${s.cap}` : formatPoints(s.points, s.cap),
    share: s.noData || s.cap <= 0 ? 0 : clamp01(s.points / s.cap),
    noData: s.noData,
    reason,
  };
}

/** Signals per pillar, in the model's order. */
export function signalsByPillar(signals: readonly SignalResult[]): Record<PillarKey, SignalView[]> {
  const out = Object.fromEntries(PILLAR_KEYS.map((k) => [k, [] as SignalView[]])) as Record<PillarKey, SignalView[]>;
  for (const s of signals) out[s.pillar]?.push(signalView(s));
  return out;
}

/** "2 of 5 signals have no data" (shown on a collapsed bar so gaps are visible without expanding). */
export function noDataSummary(views: readonly SignalView[]): string | null {
  const missing = views.filter((v) => v.noData).length;
  if (missing === 0) return null;
  return `${missing} of ${views.length} ${views.length === 1 ? "signal has" : "signals have"} no data`;
}

/** A rep with nothing to show: no score row yet, or a zero score where every signal lacks data. */
export function isEmptyScore(score: { total: number; signals: readonly SignalResult[] } | null | undefined): boolean {
  if (!score) return true;
  return score.total === 0 && score.signals.every((s) => s.noData);
}
