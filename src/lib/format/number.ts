// Number formatting for scores and points. Pure and import-free, so server components, client
// components, unit tests and the e2e suite all print exactly the same digits.

/** Half away from zero at one decimal, immune to float noise such as 79.45 × 10 = 794.4999…. */
export function round1(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const scaled = Math.abs(n) * 10;
  const r = Math.round(scaled + 1e-9) / 10;
  return n < 0 ? -r : r;
}

/** A score or pillar with one decimal, as the design shows it: "79.4", "0.0". */
export function formatScore(n: number): string {
  const r = round1(n);
  return (r === 0 ? 0 : r).toFixed(1);
}

/** The typographic minus: screen readers say "minus" and it lines up with "+". */
export const MINUS = "\u2212";

/** A signed change with one decimal: "+2.1", "−0.7"; "0.0" when it rounds to nothing. */
export function formatDelta(n: number): string {
  const r = round1(n);
  if (r === 0) return "0.0";
  return `${r > 0 ? "+" : MINUS}${Math.abs(r).toFixed(1)}`;
}

/** Which way a change points once rounded to what is shown. */
export type Direction = "up" | "down" | "flat";
export function directionOf(n: number): Direction {
  const r = round1(n);
  return r > 0 ? "up" : r < 0 ? "down" : "flat";
}

/** "2.9 / 3": points earned out of a cap (the cap as is, it is a whole number or one decimal). */
export function formatPoints(points: number, cap: number): string {
  return `${formatScore(points)} / ${Number.isInteger(cap) ? cap : formatScore(cap)}`;
}

/** A 0..1 share as a whole percent, clamped: "68%". */
export function formatPercent(share: number): string {
  const s = Number.isFinite(share) ? Math.min(1, Math.max(0, share)) : 0;
  return `${Math.round(s * 100)}%`;
}

/** Clamp to 0..1 (bar widths, progress). */
export function clamp01(n: number): number {
  return Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0;
}

const COUNT = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** A whole count with thousands separators, independent of the browser's locale: "12,345". */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
