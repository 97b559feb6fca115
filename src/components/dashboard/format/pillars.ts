// One accent per pillar, the same everywhere (ring, bars, chart lines, actions, causes).
import { PILLAR_KEYS, PILLAR_LABELS, PILLAR_MAX, PILLAR_TITLES } from "~/domain/scoring/model-v1";
import type { PillarKey } from "~/domain/scoring/types";

export { PILLAR_KEYS, PILLAR_MAX };
export type { PillarKey };

export interface PillarMeta {
  key: PillarKey;
  /** Short label for sentences and chart legends ("Engage"). */
  label: string;
  /** LinkedIn's full pillar name ("Engage with insights"). */
  title: string;
  /** Hex colour for SVG (Recharts); mirrors the --color-pillar-* tokens in globals.css. */
  color: string;
  /** Tailwind classes (spelled out so Tailwind's scanner sees them). */
  bg: string;
  text: string;
  soft: string;
}

const STYLE: Record<PillarKey, Pick<PillarMeta, "color" | "bg" | "text" | "soft">> = {
  brand: { color: "#4f46e5", bg: "bg-pillar-brand", text: "text-pillar-brand", soft: "bg-pillar-brand/10" },
  findPeople: { color: "#0891b2", bg: "bg-pillar-find", text: "text-pillar-find", soft: "bg-pillar-find/10" },
  engage: { color: "#d97706", bg: "bg-pillar-engage", text: "text-pillar-engage", soft: "bg-pillar-engage/10" },
  relationships: { color: "#db2777", bg: "bg-pillar-relationships", text: "text-pillar-relationships", soft: "bg-pillar-relationships/10" },
};

export const PILLARS: Record<PillarKey, PillarMeta> = Object.fromEntries(
  PILLAR_KEYS.map((key) => [key, { key, label: PILLAR_LABELS[key], title: PILLAR_TITLES[key], ...STYLE[key] }]),
) as Record<PillarKey, PillarMeta>;

export const PILLAR_LIST: readonly PillarMeta[] = PILLAR_KEYS.map((k) => PILLARS[k]);

/** Neutral colour of the unearned part of the ring. */
export const REMAINDER_COLOR = "#e2e8f0";

export interface RingSegment {
  key: PillarKey | "remainder";
  label: string;
  value: number;
  fill: string;
}

/**
 * The donut's segments: the four pillars in order, then what is left to 100 (so the ring reads
 * "out of 100"). Negative or missing values count as 0.
 */
export function ringSegments(pillars: Record<PillarKey, number>): RingSegment[] {
  const parts = PILLAR_LIST.map((p) => ({ key: p.key, label: p.label, value: Math.max(0, pillars[p.key] || 0), fill: p.color }));
  const earned = parts.reduce((s, p) => s + p.value, 0);
  const rest = Math.max(0, PILLAR_MAX * PILLAR_KEYS.length - earned);
  return [...parts, { key: "remainder", label: "Not yet earned", value: rest, fill: REMAINDER_COLOR }];
}

/** The sum of the pillars in cents (the model's total is exactly this). */
export function pillarSum(pillars: Record<PillarKey, number>): number {
  return PILLAR_KEYS.reduce((cents, k) => cents + Math.round((pillars[k] || 0) * 100), 0) / 100;
}
