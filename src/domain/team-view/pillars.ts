// Pillar comparisons for the heatmap (pure).
import { PILLAR_KEYS } from "~/domain/scoring/model-v1";
import type { Pillars } from "~/domain/scoring/pillars-of";
import type { PillarKey } from "~/domain/scoring/types";

export type { Pillars };

export interface WeakestPillar {
  pillar: PillarKey;
  average: number;
  industry: number | null;
  /** average − industry (null without a benchmark). */
  gap: number | null;
}

/**
 * The team's weakest pillar: the one furthest below the industry's average for it, or without a
 * benchmark the lowest average. Ties go to the first pillar in LinkedIn's order.
 */
export function weakestPillar(averages: Pillars, industry: Pillars | null): WeakestPillar {
  let best: WeakestPillar | null = null;
  let bestKey = Infinity;
  for (const pillar of PILLAR_KEYS) {
    const average = averages[pillar];
    const ind = industry ? industry[pillar] : null;
    const key = ind === null ? average : average - ind;
    if (key < bestKey - 1e-9) {
      bestKey = key;
      best = { pillar, average, industry: ind, gap: ind === null ? null : average - ind };
    }
  }
  return best ?? { pillar: "brand", average: averages.brand, industry: industry?.brand ?? null, gap: null };
}

/** A rep's lowest pillar (ties: LinkedIn's order). */
export function lowestPillar(pillars: Pillars): PillarKey {
  let low: PillarKey = PILLAR_KEYS[0];
  for (const p of PILLAR_KEYS) if (pillars[p] < pillars[low] - 1e-9) low = p;
  return low;
}
