import { formatScore } from "~/lib/format/number";
import { PILLAR_LIST } from "./format/pillars";
import { weeklyDeltas, type PillarToggles, type TrendRow } from "./format/trend";

/** The chart's text equivalent: one row per week, newest first. */
export function TrendTable({ rows, pillars, summary }: { rows: readonly TrendRow[]; pillars: PillarToggles; summary: string }) {
  const deltas = weeklyDeltas(rows);
  const shown = PILLAR_LIST.filter((p) => pillars[p.key]);
  const cols = shown.length ? shown : PILLAR_LIST; // the table has room for every pillar
  const order = rows.map((r, i) => ({ r, d: deltas[i] ?? null })).reverse();
  return (
    <div className="mt-4">
      <p className="mb-2 text-xs text-slate-500">{summary}</p>
      <div className="max-h-96 overflow-auto rounded-lg ring-1 ring-slate-200" tabIndex={0} role="region" aria-label="Weekly scores table">
        <table className="w-full min-w-[32rem] text-sm" data-testid="trend-table">
          <caption className="sr-only">Weekly scores, newest first. {summary}</caption>
          <thead className="sticky top-0 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Week
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Total
              </th>
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Change
              </th>
              {cols.map((p) => (
                <th key={p.key} scope="col" className="px-3 py-2 text-right font-medium">
                  {p.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {order.map(({ r, d }) => (
              <tr key={r.isoWeek}>
                <th scope="row" className="whitespace-nowrap px-3 py-1.5 text-left font-normal text-slate-700">
                  {r.week} <span className="text-slate-400">· {r.label}</span>
                </th>
                <td className="px-3 py-1.5 text-right font-semibold text-slate-900">{formatScore(r.total)}</td>
                <td className="px-3 py-1.5 text-right text-slate-600">{d ?? "—"}</td>
                {cols.map((p) => (
                  <td key={p.key} className="px-3 py-1.5 text-right text-slate-700">
                    {formatScore(r[p.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
