"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Card, CardHeader } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { PILLAR_LIST, PILLARS } from "~/components/dashboard/format/pillars";
import { formatDelta, formatScore } from "~/lib/format/number";
import { useTRPC } from "~/trpc/react";
import { CardError, CardNote, CardSkeleton } from "./card-state";
import { HEAT_STEPS, heatClass } from "./format";
import { teamInput, type HeatmapData } from "./types";

type Pillars = NonNullable<HeatmapData["average"]>;

/**
 * Reps × pillars as a table: each cell is coloured by its points AND shows the number, so colour
 * is never the only carrier. The weakest pillar (furthest below the industry) is named in words.
 */
export function Heatmap({ orgSlug, teamId }: { orgSlug: string; teamId?: string }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.team.heatmap.queryOptions(teamInput(orgSlug, teamId), { placeholderData: keepPreviousData }));
  if (q.isPending) return <CardSkeleton label="the pillar heatmap" lines={6} />;
  if (q.isError) return <CardError title="The pillar heatmap" error={q.error} onRetry={() => void q.refetch()} />;
  const h = q.data;
  const weakest = h.weakest;
  return (
    <Card data-testid="heatmap" aria-busy={q.isFetching || undefined}>
      <CardHeader title="Pillar heatmap" description="Each rep's four pillars (out of 25), against the team's and the industry's averages" />
      {h.reps.length === 0 ? (
        <CardNote>No scores yet for {teamId ? "this team" : "your teams"}.</CardNote>
      ) : (
        <>
          {weakest ? (
            <p className="mb-4 rounded-lg bg-amber-50 px-4 py-2.5 text-sm text-amber-900" data-testid="weakest-pillar">
              Weakest pillar: <strong>{PILLARS[weakest.pillar].title}</strong>, team average {formatScore(weakest.average)}
              {weakest.industry !== null && weakest.gap !== null
                ? ` against the industry's ${formatScore(weakest.industry)} (${formatDelta(weakest.gap)})`
                : ""}
              .
            </p>
          ) : null}
          <div className="relative overflow-x-auto">
            <table className="w-full min-w-[36rem] border-separate border-spacing-1 text-sm">
              <caption className="sr-only">
                Pillar scores per rep. {weakest ? `The weakest pillar is ${PILLARS[weakest.pillar].title}.` : ""} Each rep&apos;s lowest pillar is marked.
              </caption>
              <thead>
                <tr className="text-left text-xs font-medium text-slate-600">
                  <th scope="col" className="px-2 py-1">
                    Rep
                  </th>
                  {PILLAR_LIST.map((p) => (
                    <th key={p.key} scope="col" className={cn("px-2 py-1 text-right", weakest?.pillar === p.key && "text-amber-800")}>
                      <span className="inline-flex items-center gap-1.5">
                        <span aria-hidden="true" className={cn("size-2 rounded-full", p.bg)} />
                        {p.label}
                        {weakest?.pillar === p.key ? <span className="font-semibold"> (weakest)</span> : null}
                      </span>
                    </th>
                  ))}
                  <th scope="col" className="px-2 py-1 text-right">
                    Total
                  </th>
                </tr>
              </thead>
              <tbody>
                {h.reps.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="max-w-48 truncate px-2 py-1 text-left font-normal">
                      <Link href={`/o/${orgSlug}/reps/${encodeURIComponent(r.id)}`} className="text-slate-800 hover:text-brand-600 hover:underline">
                        {r.name}
                      </Link>
                    </th>
                    {PILLAR_LIST.map((p) => (
                      <HeatCell key={p.key} value={r.pillars[p.key]} lowest={r.lowest === p.key} />
                    ))}
                    <td className="px-2 py-1 text-right font-semibold tabular-nums text-slate-900">{formatScore(r.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {h.teams.length > 1
                  ? h.teams.map((t) => <SummaryRow key={t.id} label={`${t.name} (${t.reps})`} pillars={t.pillars} />)
                  : null}
                {h.average ? <SummaryRow label={h.team ? `${h.team.name} average` : "Team average"} pillars={h.average} strong /> : null}
                {h.industry ? <SummaryRow label={`Industry (${h.industry.label})`} pillars={h.industry.pillars} muted /> : null}
              </tfoot>
            </table>
          </div>
          {h.truncated ? (
            <p className="mt-3 text-xs text-slate-500">
              Showing the first {h.reps.length} of {h.scored} reps by name; the averages cover all of them. Pick a team above to narrow it down.
            </p>
          ) : null}
          <Legend />
        </>
      )}
    </Card>
  );
}

function HeatCell({ value, lowest }: { value: number; lowest: boolean }) {
  return (
    <td className={cn("rounded px-2 py-1 text-right tabular-nums", heatClass(value), lowest && "font-semibold underline decoration-2 underline-offset-2")}>
      {formatScore(value)}
      {lowest ? <span className="sr-only"> (lowest)</span> : null}
    </td>
  );
}

function SummaryRow({ label, pillars, strong, muted }: { label: string; pillars: Pillars; strong?: boolean; muted?: boolean }) {
  return (
    <tr className={cn(strong && "font-semibold", muted && "text-slate-500")}>
      <th scope="row" className="px-2 py-1 text-left font-medium">
        {label}
      </th>
      {PILLAR_LIST.map((p) => (
        <td key={p.key} className={cn("rounded px-2 py-1 text-right tabular-nums", muted ? "bg-slate-100" : heatClass(pillars[p.key]))}>
          {formatScore(pillars[p.key])}
        </td>
      ))}
      <td className="px-2 py-1 text-right tabular-nums">{formatScore(PILLAR_LIST.reduce((s, p) => s + pillars[p.key], 0))}</td>
    </tr>
  );
}

function Legend() {
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2 text-xs text-slate-600" aria-label="Colour scale, points out of 25">
      <span>Points:</span>
      {HEAT_STEPS.map((s) => (
        <span key={s.label} className={cn("rounded px-2 py-0.5", s.className)}>
          {s.label}
        </span>
      ))}
      <span className="ml-2">
        <span className="font-semibold underline decoration-2 underline-offset-2">Underlined</span>: the rep&apos;s lowest pillar
      </span>
    </div>
  );
}
