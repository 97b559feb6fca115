"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Card, CardHeader } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { clamp01 } from "~/lib/format/number";
import { useTRPC } from "~/trpc/react";
import { averageRows, compareToAverage, groupRankView, industryRankSourceText, topPercentText, type AverageRow } from "./format/ranks";
import { repInput, type RepRef } from "./types";

/** Industry, organisation and team rank, and the averages beside the rep's score. */
export function RanksCard({ rep, self }: { rep: RepRef; self: boolean }) {
  const trpc = useTRPC();
  const { data: ranks } = useSuspenseQuery(trpc.score.ranks.queryOptions(repInput(rep)));
  const industry = topPercentText(ranks.industry.topPercent, ranks.industry.label);
  const groups = [groupRankView("organization", ranks.organization), ...(ranks.team ? [groupRankView("team", ranks.team)] : [])];
  const rows = averageRows(ranks, self ? "Your score" : "This rep");
  return (
    <Card className="h-full" data-testid="ranks-card">
      <CardHeader title="Where you stand" description="Ranks of the current score" />
      <div className="space-y-4">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Industry</p>
          <p className="mt-0.5 text-lg font-semibold text-slate-900">{industry ?? "No industry rank yet"}</p>
          <p className="mt-0.5 text-xs text-slate-500">{industryRankSourceText(ranks.industry)}</p>
        </div>
        <div className="grid grid-cols-2 gap-3">
          {groups.map((g) => (
            <div key={g.kind} className="rounded-lg bg-slate-50 p-3" data-withheld={g.withheld || undefined}>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{g.kind === "team" ? "Team" : "Organisation"}</p>
              <p className={cn("mt-0.5 text-sm font-semibold", g.withheld ? "text-slate-600" : "text-slate-900")}>{g.headline}</p>
              <p className="text-xs text-slate-500">{g.note ?? g.size}</p>
            </div>
          ))}
        </div>
        <AverageBars rows={rows} mine={ranks.total} />
      </div>
    </Card>
  );
}

function AverageBars({ rows, mine }: { rows: AverageRow[]; mine: number | null }) {
  return (
    <div>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Averages</p>
      <ul className="mt-2 space-y-2">
        {rows.map((r) => (
          <li key={r.key} className="grid grid-cols-[minmax(0,1fr)_3rem] items-center gap-x-3 gap-y-1 text-sm">
            <span className="min-w-0 text-slate-600">
              {r.label}
              {r.source ? <span className="block text-xs text-slate-400">{r.source}</span> : null}
            </span>
            <span className={cn("text-right tabular-nums", r.key === "you" ? "font-semibold text-slate-900" : "text-slate-700")}>{r.valueText}</span>
            <div className="col-span-2 h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              {r.value !== null ? (
                <div
                  className={cn("h-full rounded-full", r.key === "you" ? "bg-brand-500" : "bg-slate-400")}
                  style={{ width: `${clamp01(r.value / 100) * 100}%` }}
                />
              ) : null}
            </div>
            {r.missing ? <p className="col-span-2 text-xs text-slate-500">{r.missing}</p> : null}
            {r.key !== "you" && r.value !== null && mine !== null ? <p className="sr-only">{compareToAverage(mine, r.value)}</p> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
