"use client";

import { Button } from "~/components/ui/button";
import { PAGE_SIZES, type PageSize } from "~/domain/team-view/params";

interface Props {
  page: number;
  pageCount: number;
  pageSize: number;
  matching: number;
  onPage: (page: number) => void;
  onPageSize: (size: PageSize) => void;
}

/** "51–100 of 2,000", previous / next, rows per page. */
export function Pagination({ page, pageCount, pageSize, matching, onPage, onPageSize }: Props) {
  const from = matching === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(matching, page * pageSize);
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 pt-3 text-sm text-slate-600">
      <p aria-live="polite" data-testid="table-range">
        {from.toLocaleString("en-US")}–{to.toLocaleString("en-US")} of {matching.toLocaleString("en-US")}
      </p>
      <div className="flex items-center gap-2">
        <label className="flex items-center gap-2">
          <span>Rows</span>
          <select
            value={pageSize}
            onChange={(e) => onPageSize(Number(e.target.value) as PageSize)}
            className="rounded-md border-0 bg-white py-1 pl-2 pr-7 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
          >
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <Button variant="secondary" size="sm" onClick={() => onPage(page - 1)} disabled={page <= 1} aria-label="Previous page">
          ‹ Prev
        </Button>
        <span className="tabular-nums" aria-current="page">
          Page {page} of {pageCount}
        </span>
        <Button variant="secondary" size="sm" onClick={() => onPage(page + 1)} disabled={page >= pageCount} aria-label="Next page">
          Next ›
        </Button>
      </div>
    </nav>
  );
}
