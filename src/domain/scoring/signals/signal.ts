// How one signal reads the input. The constants (pillar, cap, k) live in model-v1.ts; the
// files next to this one say what each signal counts, how it reads, and what one more unit of
// effort looks like.
import type { SignalKey } from "../model-v1";
import type { DataSources, ScoringInput } from "../types";

/** What unlocks a no-data signal, ranked in this order when suggested (see next-best-actions). */
export type UnlockGroup = "basicArchive" | "completeArchive" | "icp" | "manualLogging";

export interface SignalDef {
  key: SignalKey;
  /** null when the data behind the signal exists; otherwise why not and what would unlock it. */
  missing(input: ScoringInput): { display: string; unlock: UnlockGroup } | null;
  /** What the curve reads (recency-weighted for activity kinds). */
  value(input: ScoringInput): number;
  /** Points for signals that are not a saturating count (the profile checklist). */
  points?(input: ScoringInput): number;
  /** The plain count a person recognises, e.g. 6 comments in the window. */
  count(input: ScoringInput): number;
  display(input: ScoringInput): string;
  /** The input after one more unit of effort this week, or null when none is possible now. */
  effort(input: ScoringInput): ScoringInput | null;
}

const UNLOCK_BY_SOURCE: Record<keyof DataSources, UnlockGroup> = {
  profile: "basicArchive",
  invitations: "basicArchive",
  connections: "basicArchive",
  messages: "basicArchive",
  endorsements: "basicArchive",
  recommendations: "basicArchive",
  follows: "basicArchive",
  content: "completeArchive",
  searches: "completeArchive",
  profileViews: "manualLogging",
  groups: "manualLogging",
  engagementReceived: "manualLogging",
};

const NO_DATA_TEXT: Record<UnlockGroup, string> = {
  basicArchive: "no data (import your LinkedIn archive)",
  completeArchive: "no data (not in a Basic archive)",
  manualLogging: "no data (not in LinkedIn archives)",
  icp: "no data (no ideal customer profile: ask your admin to set the ideal customer profile)",
};

export function noData(unlock: UnlockGroup): { display: string; unlock: UnlockGroup } {
  return { display: NO_DATA_TEXT[unlock], unlock };
}

/** Missing when any of `needed` is absent; the first absent one names the unlock. */
export function requires(...needed: (keyof DataSources)[]): SignalDef["missing"] {
  return (input) => {
    const absent = needed.find((s) => !input.sources[s]);
    return absent === undefined ? null : noData(UNLOCK_BY_SOURCE[absent]);
  };
}

/** Missing only when none of `anyOf` is present. */
export function requiresAny(...anyOf: (keyof DataSources)[]): SignalDef["missing"] {
  return (input) => {
    if (anyOf.some((s) => input.sources[s])) return null;
    const first = anyOf[0];
    return noData(first ? UNLOCK_BY_SOURCE[first] : "basicArchive");
  };
}

/** Non-negative finite number or 0: bad data earns nothing instead of breaking a bound. */
export function nonNeg(x: number | null | undefined): number {
  return typeof x === "number" && x > 0 ? x : 0; // NaN > 0 is false
}
