import type { PillarKey } from "~/domain/scoring";

/** Everything a rep's weekly e-mail shows; built from the week's snapshots, never recomputed in the template. */
export interface RepReportData {
  orgName: string;
  recipientName: string;
  isoWeek: string;
  weekLabel: string;
  total: number;
  change: number | null;
  pillars: { key: PillarKey; label: string; value: number; change: number | null }[];
  ranks: { industryTopPercent: number | null; industryLabel: string; industrySource: "platform" | "reference" | null; orgTopPercent: number | null };
  goal: { target: number; progress: number; status: string; forecastWeek: string | null; reason: string };
  whyMoved: string[];
  actions: { text: string; gain: number }[];
  dashboardUrl: string;
  unsubscribeUrl: string;
}

export interface ManagerReportData {
  orgName: string;
  recipientName: string;
  isoWeek: string;
  weekLabel: string;
  teams: {
    name: string;
    size: number;
    average: number | null;
    change: number | null;
    benchmark: number | null;
    atGoal: number;
    goalTarget: number;
    weakestPillar: { label: string; average: number } | null;
    risers: { name: string; change: number; total: number }[];
    fallers: { name: string; change: number; total: number }[];
    droppedMoreThan5: { name: string; change: number; why: string | null }[];
  }[];
  benchmarkLabel: string;
  teamViewUrl: string;
  unsubscribeUrl: string;
}
