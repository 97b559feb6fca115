"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { PeriodToggle } from "~/components/ui/period-toggle";
import { Card } from "~/components/ui/card";
import { Toggle } from "~/components/dashboard/toggle";
import { weekLongLabel } from "~/lib/format/dates";
import { formatScore } from "~/lib/format/number";
import type { TrendWeeks } from "~/domain/team-view/trend-series";
import { useTRPC } from "~/trpc/react";
import { CardError, CardNote, CardSkeleton } from "./card-state";
import { trendView, type TrendRow } from "./trend-view";
import { trendInput, type TeamList } from "./types";

const TEAM_COLOR = "#0a66c2";
const COMPARE_COLOR = "#db2777";
const BENCH_COLOR = "#64748b";

/** Team average per week (12/26/52), a second team to compare, the benchmark dashed; a table as its text twin. */
export function TrendCard({ orgSlug, teamId, teams }: { orgSlug: string; teamId?: string; teams: TeamList["teams"] }) {
  const trpc = useTRPC();
  const compareId = useId();
  const [weeks, setWeeks] = useState<TrendWeeks>(12);
  const [compare, setCompare] = useState<string>("");
  const [asTable, setAsTable] = useState(false);
  // A second team is only offered among the caller's teams, never the one already shown.
  const options = teams.filter((t) => t.id !== teamId);
  const compareTeamId = options.some((t) => t.id === compare) ? compare : "";
  const q = useQuery(trpc.team.trend.queryOptions(trendInput(orgSlug, teamId, weeks, compareTeamId || null), { placeholderData: keepPreviousData }));

  const header = (
    <div className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h2 className="text-base font-semibold text-slate-900">Trend</h2>
        <p className="mt-0.5 text-sm text-slate-500">Team average per week, with the industry benchmark dashed</p>
      </div>
      <PeriodToggle value={weeks} onChange={setWeeks} />
    </div>
  );

  if (q.isPending) return <CardSkeleton label="the trend" chart lines={1} />;
  if (q.isError && !q.data) return <CardError title="The trend" error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data!;
  const { rows, summary } = trendView(data);
  const teamName = data.team?.name ?? (teams.length > 1 ? "Your teams" : (teams[0]?.name ?? "Team"));
  const bench = data.benchmark;
  const values = rows.flatMap((r) => [r.team, r.compare]).filter((v): v is number => v !== null);
  if (bench) values.push(bench.average);
  const lo = Math.max(0, Math.floor((Math.min(...values, 100) - 5) / 10) * 10);
  const hi = Math.min(100, Math.ceil((Math.max(...values, 0) + 5) / 10) * 10);

  return (
    <Card className="h-full" data-testid="trend-card" aria-busy={q.isFetching || undefined}>
      {header}
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {options.length ? (
          <label htmlFor={compareId} className="flex items-center gap-2 text-sm text-slate-700">
            Compare with
            <select
              id={compareId}
              value={compareTeamId}
              onChange={(e) => setCompare(e.target.value)}
              className="rounded-md border-0 bg-white py-1 pl-2 pr-7 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
            >
              <option value="">No second team</option>
              {options.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <span className="ml-auto" />
        <Toggle pressed={asTable} onChange={setAsTable}>
          Show as table
        </Toggle>
      </div>
      {q.isError ? <p className="mt-2 text-xs text-red-700">Could not refresh the trend; showing the last one loaded.</p> : null}
      {rows.length === 0 ? (
        <div className="mt-4">
          <CardNote>No weekly scores yet. The first is saved at the end of this week; the trend starts from there.</CardNote>
        </div>
      ) : asTable ? (
        <div className="relative mt-4 max-h-80 overflow-auto">
          <table className="w-full text-sm" data-testid="trend-table">
            <caption className="sr-only">{summary}</caption>
            <thead className="sticky top-0 bg-white">
              <tr className="text-left text-xs font-medium uppercase tracking-wide text-slate-500">
                <th scope="col" className="py-1.5 pr-3">
                  Week
                </th>
                <th scope="col" className="py-1.5 pr-3 text-right">
                  {teamName}
                </th>
                {data.compare ? (
                  <th scope="col" className="py-1.5 pr-3 text-right">
                    {data.compare.name}
                  </th>
                ) : null}
                {bench ? (
                  <th scope="col" className="py-1.5 text-right">
                    Industry
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {[...rows].reverse().map((r) => (
                <tr key={r.isoWeek} className="border-t border-slate-100">
                  <th scope="row" className="py-1.5 pr-3 text-left font-normal text-slate-700">
                    {weekLongLabel(r.isoWeek)}
                  </th>
                  <td className="py-1.5 pr-3 text-right tabular-nums">{r.team === null ? "—" : formatScore(r.team)}</td>
                  {data.compare ? <td className="py-1.5 pr-3 text-right tabular-nums">{r.compare === null ? "—" : formatScore(r.compare)}</td> : null}
                  {bench ? <td className="py-1.5 text-right tabular-nums text-slate-500">{formatScore(bench.average)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <figure className="mt-4">
          <div className="h-60 w-full sm:h-72" role="img" aria-label={`Line chart of the weekly team average. ${summary}`}>
            <LineChart responsive style={{ width: "100%", height: "100%" }} data={rows} margin={{ top: 8, right: 12, bottom: 0, left: -16 }}>
              <CartesianGrid vertical={false} stroke="#e2e8f0" />
              <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#64748b" }} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} interval="preserveStartEnd" minTickGap={20} />
              <YAxis domain={[lo, hi]} tick={{ fontSize: 12, fill: "#64748b" }} tickLine={false} axisLine={false} width={44} allowDecimals={false} />
              {bench ? (
                <ReferenceLine
                  y={bench.average}
                  stroke={BENCH_COLOR}
                  strokeDasharray="6 4"
                  label={{ value: `Industry ${formatScore(bench.average)}`, position: "insideTopLeft", fill: "#475569", fontSize: 12 }}
                />
              ) : null}
              <Tooltip content={(props) => <TrendTooltip {...props} />} />
              <Legend verticalAlign="bottom" height={24} iconType="plainline" wrapperStyle={{ fontSize: 12 }} />
              <Line type="monotone" dataKey="team" name={teamName} stroke={TEAM_COLOR} strokeWidth={2.5} dot={rows.length <= 12} connectNulls isAnimationActive={false} />
              {data.compare ? (
                <Line type="monotone" dataKey="compare" name={data.compare.name} stroke={COMPARE_COLOR} strokeWidth={2} dot={rows.length <= 12} connectNulls isAnimationActive={false} />
              ) : null}
            </LineChart>
          </div>
          <figcaption className="mt-2 text-xs text-slate-500">{summary}</figcaption>
        </figure>
      )}
    </Card>
  );
}

function TrendTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as TrendRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="rounded-lg bg-white px-3 py-2 text-xs shadow-lg ring-1 ring-slate-200">
      <p className="font-medium text-slate-900">{weekLongLabel(row.isoWeek)}</p>
      <ul className="mt-1 space-y-0.5">
        {payload.map((p) => (
          <li key={String(p.dataKey)} className="flex items-center justify-between gap-4">
            <span className="flex items-center gap-1.5 text-slate-600">
              <span className="size-2 rounded-full" style={{ background: p.dataKey === "compare" ? COMPARE_COLOR : TEAM_COLOR }} />
              {p.name}
            </span>
            <span className="font-semibold tabular-nums text-slate-900">{p.value === null || p.value === undefined ? "—" : formatScore(Number(p.value))}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
