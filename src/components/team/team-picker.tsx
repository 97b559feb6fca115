"use client";

import { useId } from "react";
import { cn } from "~/components/ui/cn";
import { searchFromParams, type RepTableParams } from "~/domain/team-view/params";
import type { TeamList } from "./types";

/** The team select that scopes the whole page. */
export function TeamPicker({ teams, all, value, onChange }: { teams: TeamList["teams"]; all: boolean; value?: string; onChange: (id: string | null) => void }) {
  const id = useId();
  if (teams.length < 2) return null;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        Team
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value || null)}
        className="mt-1 block w-full rounded-md border-0 bg-white py-2 pl-3 pr-8 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-brand-500 sm:w-56"
      >
        <option value="">{all ? "All teams" : "All my teams"}</option>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name} ({t.reps})
          </option>
        ))}
      </select>
    </div>
  );
}

/** The CSV of the table as shown: same team, band, search and sort; every page. */
export function ExportLink({ orgSlug, view, className }: { orgSlug: string; view: RepTableParams; className?: string }) {
  const qs = searchFromParams({ ...view, page: 1, pageSize: 25 }, { org: orgSlug });
  return (
    <a
      href={`/api/team/export?${qs.toString()}`}
      download
      className={cn(
        "inline-flex items-center justify-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50",
        className,
      )}
      data-testid="export-csv"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
        <path d="M10.75 2.75a.75.75 0 0 0-1.5 0v8.614L6.295 8.235a.75.75 0 1 0-1.09 1.03l4.25 4.5a.75.75 0 0 0 1.09 0l4.25-4.5a.75.75 0 0 0-1.09-1.03l-2.955 3.129V2.75Z" />
        <path d="M3.5 12.75a.75.75 0 0 0-1.5 0v2.5A2.75 2.75 0 0 0 4.75 18h10.5A2.75 2.75 0 0 0 18 15.25v-2.5a.75.75 0 0 0-1.5 0v2.5c0 .69-.56 1.25-1.25 1.25H4.75c-.69 0-1.25-.56-1.25-1.25v-2.5Z" />
      </svg>
      Download CSV
    </a>
  );
}
