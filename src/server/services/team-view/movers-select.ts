// Who moved most over the last completed week (pure): risers, fallers, and everyone who dropped
// by more than the alert threshold.
import { MIN_CHANGE } from "~/domain/scoring/explain-change";

export const MOVERS_LIMIT = 5;
/** "Reps who dropped more than 5 points". */
export const DROP_ALERT = 5;
export const MAX_DROPPED = 50;

export interface WeekDelta {
  id: string;
  name: string;
  team: string;
  from: number;
  to: number;
}

export interface Mover extends WeekDelta {
  /** to − from, in whole cents (as the model's totals). */
  delta: number;
}

export interface MoversSelection {
  risers: Mover[];
  fallers: Mover[];
  dropped: Mover[];
  /** All reps who dropped more than DROP_ALERT (dropped may be capped at MAX_DROPPED). */
  droppedCount: number;
  /** Reps with a snapshot in both weeks. */
  compared: number;
}

const cents = (n: number) => Math.round(n * 100) / 100;
const byName = (a: Mover, b: Mover) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function selectMovers(rows: readonly WeekDelta[], opts: { limit?: number; dropAlert?: number; maxDropped?: number } = {}): MoversSelection {
  const limit = opts.limit ?? MOVERS_LIMIT;
  const alert = opts.dropAlert ?? DROP_ALERT;
  const movers = rows.map((r) => ({ ...r, delta: cents(r.to - r.from) }));
  // A change under 0.05 reads "+0.0": not a move.
  const risers = movers.filter((m) => m.delta >= MIN_CHANGE).sort((a, b) => b.delta - a.delta || byName(a, b));
  const fallers = movers.filter((m) => m.delta <= -MIN_CHANGE).sort((a, b) => a.delta - b.delta || byName(a, b));
  const dropped = fallers.filter((m) => m.delta < -alert);
  return {
    risers: risers.slice(0, limit),
    fallers: fallers.slice(0, limit),
    dropped: dropped.slice(0, opts.maxDropped ?? MAX_DROPPED),
    droppedCount: dropped.length,
    compared: movers.length,
  };
}
