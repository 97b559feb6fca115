"use client";

import { useId, useState } from "react";
import { Card, CardHeader } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { clamp01, formatScore } from "~/lib/format/number";
import { PILLAR_LIST, PILLAR_MAX, type PillarKey, type PillarMeta } from "./format/pillars";
import { noDataSummary, signalsByPillar, type SignalView } from "./format/signals";
import type { ScoreData } from "./types";

/** Four bars out of 25; each opens into its signals (raw figure, points / cap, no data and why). */
export function PillarBars({ score }: { score: ScoreData }) {
  const groups = signalsByPillar(score.signals);
  const [open, setOpen] = useState<Record<PillarKey, boolean>>({ brand: false, findPeople: false, engage: false, relationships: false });
  const allOpen = PILLAR_LIST.every((p) => open[p.key]);
  const setAll = (v: boolean) => setOpen({ brand: v, findPeople: v, engage: v, relationships: v });
  return (
    <Card className="h-full">
      <CardHeader
        title="The four pillars"
        description="Each is worth 25 points. Open one to see every signal behind it."
        action={
          <button
            type="button"
            onClick={() => setAll(!allOpen)}
            className="shrink-0 whitespace-nowrap rounded-md px-2 py-1 text-sm font-medium text-brand-600 hover:bg-brand-50"
          >
            {allOpen ? "Collapse all" : "Show all signals"}
          </button>
        }
      />
      <ul className="space-y-3">
        {PILLAR_LIST.map((p) => (
          <PillarRow
            key={p.key}
            pillar={p}
            points={score.pillars[p.key]}
            signals={groups[p.key]}
            open={open[p.key]}
            onToggle={() => setOpen((o) => ({ ...o, [p.key]: !o[p.key] }))}
          />
        ))}
      </ul>
    </Card>
  );
}

function PillarRow({
  pillar,
  points,
  signals,
  open,
  onToggle,
}: {
  pillar: PillarMeta;
  points: number;
  signals: SignalView[];
  open: boolean;
  onToggle: () => void;
}) {
  const panelId = useId();
  const gaps = noDataSummary(signals);
  return (
    <li data-pillar={pillar.key} data-points={points} className="rounded-lg ring-1 ring-slate-100">
      <h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={onToggle}
          className="block w-full rounded-lg px-3 py-3 text-left hover:bg-slate-50"
        >
          <span className="flex items-baseline justify-between gap-3">
            <span className="flex min-w-0 items-baseline gap-2">
              <span aria-hidden="true" className={cn("size-2.5 shrink-0 translate-y-[-1px] self-center rounded-full", pillar.bg)} />
              <span className="text-sm font-medium text-slate-900">{pillar.title}</span>
            </span>
            <span className="flex shrink-0 items-center gap-2">
              <span className="text-sm tabular-nums text-slate-700">
                <span className="font-semibold text-slate-900" data-testid="pillar-points">
                  {formatScore(points)}
                </span>
                <span className="text-slate-500"> / {PILLAR_MAX}</span>
              </span>
              <Chevron open={open} />
            </span>
          </span>
          <span className="mt-2 block h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
            <span className={cn("block h-full rounded-full", pillar.bg)} style={{ width: `${clamp01(points / PILLAR_MAX) * 100}%` }} />
          </span>
          {gaps ? <span className="mt-1.5 block text-xs text-amber-700">{gaps}</span> : null}
        </button>
      </h3>
      <div id={panelId} hidden={!open} className="border-t border-slate-100 px-3 pb-3 pt-2">
        <ul className="divide-y divide-slate-100">
          {signals.map((s) => (
            <SignalRow key={s.key} signal={s} pillar={pillar} />
          ))}
        </ul>
      </div>
    </li>
  );
}

function SignalRow({ signal, pillar }: { signal: SignalView; pillar: PillarMeta }) {
  return (
    <li className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 py-2" data-signal={signal.key} data-nodata={signal.noData || undefined}>
      <div className="min-w-0">
        <p className="text-sm font-medium text-slate-800">
          {signal.label}
          {signal.noData ? (
            <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">No data</span>
          ) : null}
        </p>
        <p className={cn("text-xs", signal.noData ? "text-amber-800" : "text-slate-500")}>{signal.detail}</p>
      </div>
      <div className="w-24 text-right">
        <p className="text-sm tabular-nums text-slate-700">{signal.pointsText}</p>
        <span className="mt-1 block h-1.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
          <span className={cn("block h-full rounded-full", pillar.bg)} style={{ width: `${signal.share * 100}%` }} />
        </span>
      </div>
    </li>
  );
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className={cn("size-4 text-slate-400 transition-transform", open && "rotate-180")}>
      <path d="M5.22 8.22a.75.75 0 0 1 1.06 0L10 11.94l3.72-3.72a.75.75 0 1 1 1.06 1.06l-4.25 4.25a.75.75 0 0 1-1.06 0L5.22 9.28a.75.75 0 0 1 0-1.06Z" />
    </svg>
  );
}
