// The reps' named leaderboard (pure): names and totals only, ranked, never over fewer than 3.
import { round1 } from "~/lib/format/number";
import { MIN_GROUP_SIZE } from "~/domain/privacy";

export interface LeaderboardEntry {
  rank: number;
  name: string;
  total: number;
  isSelf: boolean;
}

export type LeaderboardResult =
  | { withheld: false; size: number; entries: LeaderboardEntry[] }
  | { withheld: true; size: number; entries: [] };

/**
 * Ranks by total as shown (one decimal; equal totals share a rank: 1, 2, 2, 4), names A→Z within a
 * tie. A group smaller than MIN_GROUP_SIZE is withheld entirely: with two people, either one could
 * work out the other's score from any ranking or average.
 */
export function rankLeaderboard(rows: readonly { name: string; total: number; isSelf: boolean }[]): LeaderboardResult {
  if (rows.length < MIN_GROUP_SIZE) return { withheld: true, size: rows.length, entries: [] };
  const sorted = [...rows].sort((a, b) => round1(b.total) - round1(a.total) || a.name.localeCompare(b.name));
  const entries: LeaderboardEntry[] = [];
  sorted.forEach((r, i) => {
    const prev = entries[i - 1];
    const rank = prev && round1(prev.total) === round1(r.total) ? prev.rank : i + 1;
    entries.push({ rank, name: r.name, total: round1(r.total), isSelf: r.isSelf });
  });
  return { withheld: false, size: rows.length, entries };
}
