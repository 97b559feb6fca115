"use client";

import { TREND_WEEKS, type TrendWeeks } from "~/domain/team-view/trend-series";

/** The 12 / 26 / 52-week switch of the trend charts (a group of pressed-state buttons). */
export function PeriodToggle({ value, onChange }: { value: TrendWeeks; onChange: (weeks: TrendWeeks) => void }) {
  return (
    <div role="group" aria-label="Period" className="inline-flex rounded-lg bg-slate-100 p-0.5">
      {TREND_WEEKS.map((w) => (
        <button
          key={w}
          type="button"
          aria-pressed={value === w}
          onClick={() => onChange(w)}
          className="rounded-md px-2.5 py-1 text-sm font-medium tabular-nums text-slate-600 aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-sm"
        >
          {w} wk
        </button>
      ))}
    </div>
  );
}
