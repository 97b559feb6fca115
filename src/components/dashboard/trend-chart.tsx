"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { PeriodToggle } from "~/components/ui/period-toggle";
import { Card } from "~/components/ui/card";
import { formatScore } from "~/lib/format/number";
import { useTRPC } from "~/trpc/react";
import { PILLAR_LIST, PILLAR_MAX, PILLARS } from "./format/pillars";
import { NO_PILLARS, totalDomain, totalTicks, trendRows, trendSummary, type PillarToggles, type TrendRow, type WeekOption } from "./format/trend";
import { CardSkeleton } from "./skeletons";
import { TrendTable } from "./trend-table";
import { Toggle } from "./toggle";
import { repInput, type RepRef } from "./types";

const TOTAL_COLOR = "#0f172a";

/** Weekly total (and, on demand, each pillar) with the goal as a dashed line; a table as its text twin. */
export function TrendChart({ rep }: { rep: RepRef }) {
  const trpc = useTRPC();
  const goal = useQuery(trpc.goals.forRep.queryOptions(repInput(rep)));
  const target = goal.data?.target ?? null;
  const [weeks, setWeeks] = useState<WeekOption>(26);
  const [pillars, setPillars] = useState<PillarToggles>(NO_PILLARS);
  const [asTable, setAsTable] = useState(false);
  const query = useQuery(trpc.score.history.queryOptions({ ...repInput(rep), weeks }, { placeholderData: keepPreviousData }));
  if (query.isPending) return <CardSkeleton chart lines={1} className="h-full" />;
  if (query.isError) throw query.error; // the card's error boundary offers "Try again"

  const rows = trendRows(query.data, weeks);
  const summary = trendSummary(rows, target);
  const anyPillar = PILLAR_LIST.some((p) => pillars[p.key]);
  const domain = totalDomain(rows, target);
  return (
    <Card className="h-full" data-testid="trend-card" aria-busy={query.isFetching || undefined}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-slate-900">Weekly trend</h2>
          <p className="mt-0.5 text-sm text-slate-500">Total at the end of each week{target !== null ? `, with your goal of ${target} dashed` : ""}</p>
        </div>
        <PeriodToggle value={weeks} onChange={setWeeks} />
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-2" role="group" aria-label="Lines to show">
        <span className="inline-flex items-center gap-1.5 rounded-full bg-slate-900 px-2.5 py-1 text-xs font-medium text-white">Total</span>
        {PILLAR_LIST.map((p) => (
          <Toggle key={p.key} pressed={pillars[p.key]} onChange={(v) => setPillars((s) => ({ ...s, [p.key]: v }))} dotClass={p.bg}>
            {p.label}
          </Toggle>
        ))}
        <span className="ml-auto" />
        <Toggle pressed={asTable} onChange={setAsTable}>
          Show as table
        </Toggle>
      </div>

      {rows.length === 0 ? (
        <p className="mt-6 rounded-lg bg-slate-50 p-4 text-sm text-slate-600">No weekly scores yet. The first one is saved at the end of your first week.</p>
      ) : asTable ? (
        <TrendTable rows={rows} pillars={pillars} summary={summary} />
      ) : (
        <figure className="mt-4">
          <div className="h-60 w-full sm:h-72">
            <LineChart
              responsive
              title="Weekly total score"
              desc={`Line chart of the weekly total. ${summary} Use the arrow keys to move between weeks.`}
              style={{ width: "100%", height: "100%" }}
              data={rows}
              margin={{ top: 8, right: anyPillar ? 0 : 8, bottom: 0, left: -16 }}
            >
              <CartesianGrid vertical={false} stroke="#e2e8f0" />
              <XAxis
                dataKey="label"
                tick={{ fontSize: 12, fill: "#64748b" }}
                tickLine={false}
                axisLine={{ stroke: "#cbd5e1" }}
                interval="preserveStartEnd"
                minTickGap={20}
              />
              <YAxis
                yAxisId="total"
                domain={domain}
                ticks={totalTicks(domain)}
                tick={{ fontSize: 12, fill: "#64748b" }}
                tickLine={false}
                axisLine={false}
                width={44}
                allowDecimals={false}
              />
              {anyPillar ? (
                <YAxis
                  yAxisId="pillar"
                  orientation="right"
                  domain={[0, PILLAR_MAX]}
                  ticks={[0, 5, 10, 15, 20, 25]}
                  tick={{ fontSize: 12, fill: "#94a3b8" }}
                  tickLine={false}
                  axisLine={false}
                  width={32}
                />
              ) : null}
              {target !== null ? (
                <ReferenceLine
                  yAxisId="total"
                  y={target}
                  stroke="#64748b"
                  strokeDasharray="6 4"
                  label={{ value: `Goal ${target}`, position: "insideTopLeft", fill: "#475569", fontSize: 12 }}
                />
              ) : null}
              <Tooltip content={(props) => <TrendTooltip {...props} />} />
              <Line
                yAxisId="total"
                type="monotone"
                dataKey="total"
                name="Total"
                stroke={TOTAL_COLOR}
                strokeWidth={2.5}
                dot={rows.length <= 12}
                isAnimationActive={false}
              />
              {PILLAR_LIST.filter((p) => pillars[p.key]).map((p) => (
                <Line
                  key={p.key}
                  yAxisId="pillar"
                  type="monotone"
                  dataKey={p.key}
                  name={p.label}
                  stroke={p.color}
                  strokeWidth={1.75}
                  dot={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </div>
          <figcaption className="mt-2 text-xs text-slate-500">
            {summary}
            {anyPillar ? " Pillars use the right-hand scale (0–25)." : ""}
          </figcaption>
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
      <p className="font-medium text-slate-900">{row.longLabel}</p>
      <ul className="mt-1 space-y-0.5">
        {payload.map((p) => {
          const key = String(p.dataKey);
          const color = key === "total" ? TOTAL_COLOR : PILLARS[key as keyof typeof PILLARS]?.color;
          return (
            <li key={key} className="flex items-center justify-between gap-4">
              <span className="flex items-center gap-1.5 text-slate-600">
                <span className="size-2 rounded-full" style={{ background: color }} />
                {p.name}
              </span>
              <span className="font-semibold tabular-nums text-slate-900">{formatScore(Number(p.value))}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
