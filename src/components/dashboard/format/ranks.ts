// Rank and average wording: "top X% in <group>", where the comparison comes from, and the
// withheld state for groups too small to rank in without revealing a colleague's score.
import { formatScore, round1 } from "~/lib/format/number";
import { MIN_GROUP_SIZE } from "~/domain/privacy";
import type { Ranks } from "../types";

export { MIN_GROUP_SIZE };

/** "Top 3% in Software & SaaS"; null without a rank. */
export function topPercentText(topPercent: number | null | undefined, group: string): string | null {
  if (topPercent === null || topPercent === undefined || !Number.isFinite(topPercent)) return null;
  const pct = Math.min(100, Math.max(1, Math.ceil(topPercent)));
  return `Top ${pct}% in ${group}`;
}

/** Where the industry rank comes from, in words a rep can check. */
export function industryRankSourceText(industry: Ranks["industry"]): string {
  if (industry.source === "PLATFORM") {
    return `Among SSI Coach reps in ${industry.label} across organisations (no other organisation's data is shown).`;
  }
  if (industry.source === "REFERENCE") {
    return `Against the reference distribution for ${industry.label}: too few ${industry.label} reps on the platform yet for a measured rank.`;
  }
  return "No industry rank yet: it appears once you have a score.";
}

/** Where the industry average comes from. */
export function benchmarkSourceLabel(source: Ranks["industry"]["benchmarkSource"]): string {
  switch (source) {
    case "organization":
      return "your organisation's benchmark";
    case "platform":
      return "measured on SSI Coach";
    case "reference":
      return "reference value";
    default:
      return "no benchmark";
  }
}

export interface GroupRankView {
  kind: "organization" | "team";
  name: string;
  headline: string;
  /** "27 people" */
  size: string;
  withheld: boolean;
  note: string | null;
}

/** Organisation or team rank; withheld for groups under MIN_GROUP_SIZE (reps only). */
export function groupRankView(kind: "organization" | "team", group: NonNullable<Ranks["team"]> | Ranks["organization"]): GroupRankView {
  const size = `${group.size} ${group.size === 1 ? "person" : "people"}`;
  const small = group.size < MIN_GROUP_SIZE;
  const withheld = ("withheld" in group && group.withheld) || (group.topPercent === null && small && group.size > 0);
  const text = topPercentText(group.topPercent, group.name);
  if (withheld) {
    return {
      kind,
      name: group.name,
      headline: `${group.name}: rank hidden`,
      size,
      withheld: true,
      note: `Fewer than ${MIN_GROUP_SIZE} people have a score here, so a rank or average would reveal a colleague's score.`,
    };
  }
  return {
    kind,
    name: group.name,
    headline: text ?? `${group.name}: no rank yet`,
    size,
    withheld: false,
    note: text ? null : "A rank appears once you have a score.",
  };
}

/** "27.3 above", "3.1 below", "level with". */
export function compareToAverage(mine: number, average: number): string {
  const d = round1(mine - average);
  if (d === 0) return "level with the average";
  return `${formatScore(Math.abs(d))} ${d > 0 ? "above" : "below"} the average`;
}

export interface AverageRow {
  key: "you" | "industry" | "organization" | "team";
  label: string;
  value: number | null;
  valueText: string;
  /** Why there is no value, when there is none. */
  missing: string | null;
  source: string | null;
}

/** The rep's score beside the industry, organisation and team averages (for a small bar chart). */
export function averageRows(ranks: Ranks, youLabel = "Your score"): AverageRow[] {
  const rows: AverageRow[] = [];
  const row = (key: AverageRow["key"], label: string, value: number | null, missing: string, source: string | null = null) =>
    rows.push({ key, label, value, valueText: value === null ? "—" : formatScore(value), missing: value === null ? missing : null, source });
  row("you", youLabel, ranks.total, "No score yet");
  row(
    "industry",
    `${ranks.industry.label} average`,
    ranks.industry.average,
    "No benchmark for this industry",
    benchmarkSourceLabel(ranks.industry.benchmarkSource),
  );
  if (ranks.team) row("team", `${ranks.team.name} average`, ranks.team.average, `Hidden: fewer than ${MIN_GROUP_SIZE} people`);
  row("organization", `${ranks.organization.name} average`, ranks.organization.average, `Hidden: fewer than ${MIN_GROUP_SIZE} people`);
  return rows;
}
