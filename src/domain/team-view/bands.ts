// Score bands of the team view (pure, shared by the server and the UI). A rep's band is read from
// the total as shown (one decimal), so "50.0" is never listed under 30–50.
import { round1 } from "~/lib/format/number";

export const BAND_KEYS = ["under30", "30to50", "50to70", "70plus"] as const;
export type BandKey = (typeof BAND_KEYS)[number];

export interface Band {
  key: BandKey;
  label: string;
  /** Inclusive lower bound (null: none). */
  min: number | null;
  /** Exclusive upper bound (null: none). */
  max: number | null;
}

export const BANDS: Record<BandKey, Band> = {
  under30: { key: "under30", label: "Under 30", min: null, max: 30 },
  "30to50": { key: "30to50", label: "30–50", min: 30, max: 50 },
  "50to70": { key: "50to70", label: "50–70", min: 50, max: 70 },
  "70plus": { key: "70plus", label: "70 and above", min: 70, max: null },
};

export const BAND_LIST: readonly Band[] = BAND_KEYS.map((k) => BANDS[k]);

export function isBandKey(value: unknown): value is BandKey {
  return typeof value === "string" && (BAND_KEYS as readonly string[]).includes(value);
}

/** The band of a total (null: no score yet). */
export function bandOf(total: number | null | undefined): BandKey | null {
  if (total === null || total === undefined || !Number.isFinite(total)) return null;
  const shown = round1(total);
  for (const band of BAND_LIST) {
    if ((band.min === null || shown >= band.min) && (band.max === null || shown < band.max)) return band.key;
  }
  return null;
}

/** How many totals fall in each band (null totals are not counted). */
export function bandCounts(totals: readonly (number | null)[]): Record<BandKey, number> {
  const counts: Record<BandKey, number> = { under30: 0, "30to50": 0, "50to70": 0, "70plus": 0 };
  for (const t of totals) {
    const b = bandOf(t);
    if (b) counts[b]++;
  }
  return counts;
}
