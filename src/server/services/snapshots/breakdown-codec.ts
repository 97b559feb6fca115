// Weekly snapshots store a compact breakdown: per signal only what the model computed from the
// rep's data (value, points, count, display, no-data). Label, pillar and cap come from the
// model's signal table by key, so 2,000 snapshots a week stay a few hundred KB, not megabytes.
import { SIGNAL_SPECS, type SignalResult } from "~/domain/scoring";

/** [key, value, points, count | null, display, noData ? 1 : 0] */
export type CompactSignal = [string, number, number, number | null, string, 0 | 1];
export interface CompactBreakdown {
  v: 1;
  s: CompactSignal[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function compactBreakdown(signals: readonly SignalResult[]): CompactBreakdown {
  return { v: 1, s: signals.map((x) => [x.key, round(x.value), round(x.points), x.count ?? null, x.display, x.noData ? 1 : 0]) };
}

type Spec = { pillar: SignalResult["pillar"]; label: string; cap: number };

/** Back to the model's SignalResult shape (also accepts the older full form). */
export function expandBreakdown(stored: unknown): SignalResult[] {
  const b = stored as Partial<CompactBreakdown> & { signals?: SignalResult[] };
  if (Array.isArray(b?.signals)) return b.signals;
  if (b?.v !== 1 || !Array.isArray(b.s)) return [];
  return b.s.flatMap(([key, value, points, count, display, noData]) => {
    const spec = (SIGNAL_SPECS as Record<string, Spec | undefined>)[key];
    if (!spec) return [];
    const result: SignalResult = { key, pillar: spec.pillar, label: spec.label, cap: spec.cap, value, points, display, noData: noData === 1 };
    if (count !== null) result.count = count;
    return [result];
  });
}
