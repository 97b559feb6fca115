"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { flexRender, getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { Button } from "~/components/ui/button";
import { cn } from "~/components/ui/cn";
import { defaultDir, tableInput, type RepTableParams, type SortKey } from "~/domain/team-view/params";
import { useTRPC } from "~/trpc/react";
import { CardError, CardNote, CardSkeleton } from "./card-state";
import { weekPairText } from "./format";
import { Pagination } from "./pagination";
import { repColumns, type ColumnMeta } from "./rep-columns";
import { TableFilters } from "./table-filters";
import type { ViewPatch } from "./use-team-view";

interface Props {
  orgSlug: string;
  timeZone: string;
  view: RepTableParams;
  update: (patch: ViewPatch, opts?: { replace?: boolean }) => void;
}

/**
 * Every rep of the team(s) in view: TanStack Table renders, the database sorts, filters and pages
 * (manualSorting / manualPagination), so 2,000 reps cost one page of rows in the browser.
 */
export function RepTable({ orgSlug, timeZone, view, update }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const q = useQuery(trpc.team.reps.queryOptions(tableInput(orgSlug, view), { placeholderData: keepPreviousData }));
  const columns = useMemo(() => repColumns(orgSlug, timeZone), [orgSlug, timeZone]);
  const sorting: SortingState = [{ id: view.sort, desc: view.dir === "desc" }];
  const table = useReactTable({
    data: q.data?.rows ?? [],
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    manualFiltering: true,
    pageCount: q.data?.pageCount ?? -1,
    state: { sorting, pagination: { pageIndex: view.page - 1, pageSize: view.pageSize } },
    getRowId: (r) => r.id,
  });

  const sortBy = (key: SortKey) => update({ sort: key, dir: key === view.sort ? (view.dir === "asc" ? "desc" : "asc") : defaultDir(key) });
  const filters = (
    <TableFilters
      band={view.band}
      search={view.search}
      onBand={(band) => update({ band })}
      onSearch={(search) => update({ search }, { replace: true })}
      onClear={() => update({ band: null, search: null })}
    />
  );

  if (q.isPending) return <CardSkeleton label="the reps" lines={8} />;
  if (q.isError && !q.data) return <CardError title="The rep table" error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data!;
  const weeks = weekPairText(data.weeks.current, data.weeks.previous);

  return (
    <section className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200" aria-busy={q.isFetching || undefined}>
      <div className="space-y-4 p-4 sm:p-5">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <h2 className="text-base font-semibold text-slate-900" id="rep-table-title">
              Reps
            </h2>
            <p className="mt-0.5 text-sm text-slate-500">
              Select a name to open the rep&apos;s dashboard. Change is over the last completed week{weeks ? ` (${weeks})` : ""}.
            </p>
          </div>
        </div>
        {filters}
      </div>
      {q.isError ? (
        <div className="px-4 pb-3 sm:px-5">
          <CardError title="The latest rows" error={q.error} onRetry={() => void q.refetch()} />
        </div>
      ) : null}
      {data.rows.length === 0 ? (
        <div className="px-4 pb-5 sm:px-5">
          {view.band || view.search ? (
            <CardNote action={<Button variant="secondary" size="sm" onClick={() => update({ band: null, search: null })}>Clear filters</Button>}>
              No reps match these filters.
            </CardNote>
          ) : (
            <CardNote>No reps in {view.teamId ? "this team" : "your teams"} yet. Reps appear here once an admin adds them to a team.</CardNote>
          )}
        </div>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="w-full min-w-[64rem] border-collapse text-sm" aria-labelledby="rep-table-title" data-testid="rep-table">
            <thead>
              {table.getHeaderGroups().map((hg) => (
                <tr key={hg.id} className="border-y border-slate-200 bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-600">
                  {hg.headers.map((h) => {
                    const meta = (h.column.columnDef.meta ?? {}) as ColumnMeta;
                    const key = h.column.id as SortKey;
                    const active = view.sort === key;
                    return (
                      <th
                        key={h.id}
                        scope="col"
                        aria-sort={active ? (view.dir === "asc" ? "ascending" : "descending") : "none"}
                        className={cn("px-3 py-2", meta.numeric && "text-right", meta.className && cn(meta.className, "bg-slate-50"))}
                      >
                        <button
                          type="button"
                          onClick={() => sortBy(key)}
                          title={meta.description ? `${meta.description}. Sort by this column.` : "Sort by this column"}
                          className={cn("inline-flex items-center gap-1 rounded uppercase hover:text-slate-900", meta.numeric && "flex-row-reverse", active && "text-slate-900")}
                          data-testid={`sort-${key}`}
                        >
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          <span aria-hidden="true" className={cn("text-[10px]", !active && "opacity-30")}>
                            {active ? (view.dir === "asc" ? "▲" : "▼") : "↕"}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody className={cn(q.isPlaceholderData && "opacity-60 transition-opacity")}>
              {table.getRowModel().rows.map((row) => (
                <tr
                  key={row.id}
                  className="group cursor-pointer border-b border-slate-100 hover:bg-slate-50"
                  onClick={(e) => {
                    // The name is the link (keyboard, middle-click); the rest of the row is a mouse shortcut.
                    if ((e.target as HTMLElement).closest("a, button")) return;
                    router.push(`/o/${orgSlug}/reps/${encodeURIComponent(row.id)}`);
                  }}
                  data-rep-id={row.id}
                >
                  {row.getVisibleCells().map((cell) => {
                    const meta = (cell.column.columnDef.meta ?? {}) as ColumnMeta;
                    return (
                      <td
                        key={cell.id}
                        className={cn(
                          "px-3 py-2.5 align-middle tabular-nums text-slate-700",
                          meta.numeric && "text-right",
                          meta.className && cn(meta.className, "group-hover:bg-slate-50"),
                        )}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="px-4 pb-4 sm:px-5">
        <Pagination
          page={data.page}
          pageCount={data.pageCount}
          pageSize={data.pageSize}
          matching={data.matching}
          onPage={(page) => update({ page })}
          onPageSize={(pageSize) => update({ pageSize })}
        />
      </div>
    </section>
  );
}
