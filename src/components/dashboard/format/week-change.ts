// "Why did it move": this week's score against the last weekly snapshot, per pillar and cause.
import { directionOf, formatDelta, formatScore, type Direction } from "~/lib/format/number";
import { weekLongLabel } from "~/lib/format/dates";
import type { WeekChange } from "../types";
import { PILLARS, type PillarKey } from "./pillars";

export interface PillarDeltaView {
  pillar: PillarKey;
  label: string;
  deltaText: string;
  direction: Direction;
  /** "Engage 15.3 → 15.2" */
  fromTo: string;
}

export interface CauseView {
  signal: string;
  pillar: PillarKey;
  pillarLabel: string;
  deltaText: string;
  direction: Direction;
  /** The plain-words reason without the leading "+2.1 Engage: " (shown as a badge instead). */
  text: string;
  /** The full sentence, for screen readers and copy: "+2.1 Engage: 6 comments written (was 1)". */
  sentence: string;
  /** The count did not change, only the recency weight: worth a footnote. */
  agedOnly: boolean;
}

export interface WeekChangeView {
  direction: Direction;
  /** "−0.7" or "Unchanged" */
  headline: string;
  /** "since week 47 of 2026 (from 16 Nov)" */
  since: string;
  deltaText: string;
  summary: string;
  pillars: PillarDeltaView[];
  causes: CauseView[];
  /** Some causes moved only because their activity aged; explain the recency weight once. */
  showsAging: boolean;
  modelNote: string | null;
}

/**
 * Strips the "<delta> <Pillar>: " prefix the model puts on each cause, so the delta and the pillar
 * can be shown as a coloured badge. Texts that do not carry the prefix stay as they are.
 */
export function causeText(text: string, pillarLabel: string): string {
  const marker = `${pillarLabel}: `;
  const at = text.indexOf(marker);
  if (at < 0 || at > 12) return text; // the prefix is "+12.3 " at most: never cut inside a sentence
  return text.slice(at + marker.length);
}

export function weekChangeView(change: WeekChange): WeekChangeView {
  const direction = directionOf(change.totalDelta);
  const since = weekLongLabel(change.sinceWeek);
  const deltaText = formatDelta(change.totalDelta);
  const pillars = change.pillars.map((p) => ({
    pillar: p.pillar,
    label: PILLARS[p.pillar].label,
    deltaText: formatDelta(p.delta),
    direction: directionOf(p.delta),
    fromTo: `${PILLARS[p.pillar].label} ${formatScore(p.from)} → ${formatScore(p.to)}`,
  }));
  const causes = change.causes.map((c) => {
    const pillarLabel = PILLARS[c.pillar].label;
    const text = causeText(c.text, pillarLabel);
    return {
      signal: c.signal,
      pillar: c.pillar,
      pillarLabel,
      deltaText: formatDelta(c.delta),
      direction: directionOf(c.delta),
      text,
      sentence: `${formatDelta(c.delta)} ${pillarLabel}: ${text}`,
      agedOnly: /\(same count, (older now|more recent)\)$/.test(text),
    };
  });
  return {
    direction,
    headline: direction === "flat" ? "Unchanged" : deltaText,
    since: `since ${since}`,
    deltaText,
    summary: change.summary,
    pillars,
    causes,
    showsAging: causes.some((c) => c.agedOnly),
    modelNote: change.modelChanged ? "Part of this move comes from a new version of the scoring model, not from your activity." : null,
  };
}

/** Tailwind text colour for a direction (green up, red down, grey flat). */
export function directionClass(d: Direction): string {
  return d === "up" ? "text-emerald-700" : d === "down" ? "text-red-700" : "text-slate-500";
}
