// The dashboard's title line and the "cheapest pillar" hint.
import type { NextBestAction } from "~/domain/scoring/types";
import { PILLARS } from "./pillars";

/** "Hello, Priya" for the rep; their name for a manager or admin. */
export function dashboardTitle(opts: { self: boolean; viewerName: string; repName: string }): string {
  if (opts.self) return `Hello, ${opts.viewerName.trim().split(/\s+/)[0] || opts.viewerName}`;
  return opts.repName;
}

/** The usual mark of a good SSI (DESIGN.md). */
export const GOOD_SCORE = 70;

/** Below 70: which pillar the top measured action raises ("Engage is the cheapest pillar to raise"). */
export function cheapestPillarText(total: number, actions: readonly NextBestAction[]): string | null {
  if (total >= GOOD_SCORE) return null;
  const top = actions.find((a) => a.gain > 0);
  return top ? `${PILLARS[top.pillar].title} is the cheapest pillar to raise right now.` : null;
}
