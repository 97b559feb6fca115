"use client";

import { Pie, PieChart, Tooltip } from "recharts";
import { Card } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { formatAgo } from "~/lib/format/dates";
import { formatScore } from "~/lib/format/number";
import { officialComparison } from "./format/actions";
import { PILLAR_LIST, ringSegments } from "./format/pillars";
import type { OfficialReading, ScoreData } from "./types";

export type RefreshState = { kind: "idle" } | { kind: "updating" } | { kind: "updated"; deltaText: string } | { kind: "slow" };

interface ScoreRingProps {
  score: ScoreData;
  official: OfficialReading | null;
  refresh: RefreshState;
  /** Shown only to the rep themselves (only they can record their reading). */
  onRecordReading?: () => void;
}

const SIZE = 208;

/** The total as a donut of the four pillars, with the latest official LinkedIn reading beside it. */
export function ScoreRing({ score, official, refresh, onRecordReading }: ScoreRingProps) {
  const segments = ringSegments(score.pillars);
  const total = formatScore(score.total);
  const label = `Social Selling score ${total} out of 100: ${PILLAR_LIST.map((p) => `${p.label} ${formatScore(score.pillars[p.key])}`).join(", ")}.`;
  const asOf = score.asOf instanceof Date ? score.asOf : new Date(score.asOf);
  return (
    <Card className="flex h-full flex-col" data-testid="score-ring" data-state={refresh.kind}>
      <h2 className="text-base font-semibold text-slate-900">Social Selling score</h2>
      <div className="mt-4 flex flex-1 flex-col items-center gap-6 sm:flex-row sm:items-center sm:justify-around">
        <figure className="relative shrink-0" style={{ width: SIZE, height: SIZE }} role="img" aria-label={label}>
          <PieChart width={SIZE} height={SIZE} accessibilityLayer={false}>
            <Pie
              data={segments}
              dataKey="value"
              nameKey="label"
              innerRadius={SIZE / 2 - 26}
              outerRadius={SIZE / 2 - 2}
              startAngle={90}
              endAngle={-270}
              stroke="#fff"
              strokeWidth={2}
              isAnimationActive={false}
            />
            <Tooltip formatter={(v) => formatScore(Number(v))} wrapperStyle={{ zIndex: 10 }} />
          </PieChart>
          <figcaption aria-hidden="true" className="pointer-events-none absolute inset-0 flex flex-col items-center justify-center">
            <span
              data-testid="score-total"
              className={cn(
                "text-5xl font-semibold tabular-nums tracking-tight text-slate-900 transition-opacity",
                refresh.kind === "updating" && "opacity-50",
              )}
            >
              {total}
            </span>
            <span className="text-sm text-slate-500">of 100</span>
          </figcaption>
        </figure>

        <div className="w-full space-y-4 text-sm sm:max-w-56">
          <OfficialPanel ours={score.total} official={official} onRecordReading={onRecordReading} />
        </div>
      </div>

      <ul className="mt-5 grid grid-cols-2 gap-x-4 gap-y-1.5 text-sm" aria-label="Points per pillar">
        {PILLAR_LIST.map((p) => (
          <li key={p.key} className="flex items-center justify-between gap-2">
            <span className="flex items-center gap-2 text-slate-600">
              <span aria-hidden="true" className={cn("size-2.5 rounded-full", p.bg)} />
              {p.label}
            </span>
            <span className="font-medium tabular-nums text-slate-900">{formatScore(score.pillars[p.key])}</span>
          </li>
        ))}
      </ul>

      <div className="mt-4 space-y-1 border-t border-slate-100 pt-3 text-xs text-slate-500">
        <p aria-live="polite" data-testid="score-refresh">
          {refresh.kind === "updating" ? (
            <span className="font-medium text-brand-700">Updating your score…</span>
          ) : refresh.kind === "updated" ? (
            <span className="font-medium text-emerald-700">Score updated ({refresh.deltaText}) just now</span>
          ) : refresh.kind === "slow" ? (
            <span className="font-medium text-amber-700">Still recalculating: the new score will appear shortly.</span>
          ) : (
            <span suppressHydrationWarning>Updated {formatAgo(asOf)}</span>
          )}
        </p>
        <p>Model {score.modelVersion} · an estimate, not LinkedIn&apos;s official figure</p>
      </div>
    </Card>
  );
}

function OfficialPanel({ ours, official, onRecordReading }: { ours: number; official: OfficialReading | null; onRecordReading?: () => void }) {
  if (!official) {
    return (
      <div className="rounded-lg bg-slate-50 p-3 text-slate-600">
        <p className="font-medium text-slate-800">LinkedIn&apos;s official SSI</p>
        <p className="mt-1">No reading recorded yet. Add the number from linkedin.com/sales/ssi to compare.</p>
        {onRecordReading ? (
          <button type="button" onClick={onRecordReading} className="mt-2 font-medium text-brand-600 underline-offset-2 hover:underline">
            Record a reading
          </button>
        ) : null}
      </div>
    );
  }
  const c = officialComparison(ours, official);
  return (
    <div className="rounded-lg bg-slate-50 p-3" data-testid="official-reading">
      <p className="text-slate-600">LinkedIn&apos;s official SSI</p>
      <p className="mt-1 flex items-baseline gap-2">
        <span className="text-2xl font-semibold tabular-nums text-slate-900">{c.officialText}</span>
        <span className="text-xs text-slate-500">on {c.dateText}</span>
      </p>
      <p className="mt-1 text-slate-700">
        <span className="font-semibold tabular-nums">{c.diffText}</span> <span className="text-slate-500">our estimate vs LinkedIn</span>
      </p>
      <p className="sr-only">{c.sentence}</p>
      {onRecordReading ? (
        <button type="button" onClick={onRecordReading} className="mt-2 text-xs font-medium text-brand-600 underline-offset-2 hover:underline">
          Record a newer reading
        </button>
      ) : null}
    </div>
  );
}
