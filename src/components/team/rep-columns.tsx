"use client";

import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { cn } from "~/components/ui/cn";
import { PILLARS } from "~/components/dashboard/format/pillars";
import type { SortKey } from "~/domain/team-view/params";
import { changeLabel, changeText, directionClass, directionOf, formatDayInZone, formatInstantInZone, formatScore, GOAL_STATUS, topPercentText } from "./format";
import type { RepRowData } from "./types";

const col = createColumnHelper<RepRowData>();

export interface ColumnMeta {
  /** Right-align numbers. */
  numeric?: boolean;
  /** Longer header text for screen readers and the tooltip. */
  description?: string;
  className?: string;
}

const pillar = (key: "brand" | "findPeople" | "engage" | "relationships") =>
  col.accessor((r) => r.pillars?.[key] ?? null, {
    id: key satisfies SortKey,
    header: PILLARS[key].label,
    meta: { numeric: true, description: `${PILLARS[key].title} (out of 25)` } satisfies ColumnMeta,
    cell: (c) => {
      const v = c.getValue();
      return v === null ? "—" : formatScore(v);
    },
  });

/** The rep table's columns; ids are the server's sort keys (sorting happens in the database). */
export function repColumns(orgSlug: string, timeZone: string) {
  return [
    col.accessor("name", {
      id: "name" satisfies SortKey,
      header: "Rep",
      meta: { className: "sticky left-0 z-10 bg-white min-w-44" } satisfies ColumnMeta,
      cell: (c) => (
        <div className="min-w-0">
          <Link
            href={`/o/${orgSlug}/reps/${encodeURIComponent(c.row.original.id)}`}
            className="font-medium text-brand-600 hover:underline"
            data-testid="rep-link"
          >
            {c.getValue()}
          </Link>
          {c.row.original.jobTitle ? <p className="truncate text-xs text-slate-500">{c.row.original.jobTitle}</p> : null}
        </div>
      ),
    }),
    col.accessor((r) => r.team.name, { id: "team" satisfies SortKey, header: "Team", cell: (c) => <span className="whitespace-nowrap">{c.getValue()}</span> }),
    col.accessor("total", {
      id: "total" satisfies SortKey,
      header: "Total",
      meta: { numeric: true, description: "Current score out of 100" } satisfies ColumnMeta,
      cell: (c) => {
        const v = c.getValue();
        return <span className="font-semibold text-slate-900">{v === null ? "—" : formatScore(v)}</span>;
      },
    }),
    col.accessor("change", {
      id: "change" satisfies SortKey,
      header: "Change",
      meta: { numeric: true, description: "Change over the last completed week (weekly scores)" } satisfies ColumnMeta,
      cell: (c) => {
        const v = c.getValue();
        return (
          <span className={cn("font-medium", v === null ? "text-slate-400" : directionClass(directionOf(v)))} aria-label={changeLabel(v)} data-change={v ?? ""}>
            {changeText(v)}
          </span>
        );
      },
    }),
    pillar("brand"),
    pillar("findPeople"),
    pillar("engage"),
    pillar("relationships"),
    col.accessor((r) => r.industryRank?.topPercent ?? null, {
      id: "industryRank" satisfies SortKey,
      header: "Industry rank",
      meta: { numeric: true, description: "Percentile in the industry at the last weekly score" } satisfies ColumnMeta,
      cell: (c) => <span className="whitespace-nowrap">{topPercentText(c.getValue())}</span>,
    }),
    col.accessor((r) => r.goal.status, {
      id: "goalStatus" satisfies SortKey,
      header: "Goal",
      meta: { description: "Status against the rep's target" } satisfies ColumnMeta,
      cell: (c) => {
        const g = c.row.original.goal;
        const s = GOAL_STATUS[g.status];
        return (
          <span className={cn("inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1", s.className)} title={`${s.description}. Target ${g.target}.`}>
            {s.label}
            <span className="sr-only">, target {g.target}</span>
          </span>
        );
      },
    }),
    col.accessor("lastActivityAt", {
      id: "lastActivity" satisfies SortKey,
      header: "Last activity",
      cell: (c) => {
        const v = c.getValue();
        return (
          <span className="whitespace-nowrap text-slate-600" title={formatInstantInZone(v, timeZone)}>
            {formatDayInZone(v, timeZone)}
          </span>
        );
      },
    }),
  ];
}
