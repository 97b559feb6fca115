"use client";

import { useEffect, useId, useRef, useState } from "react";
import { Button } from "~/components/ui/button";
import { BAND_LIST, type BandKey } from "~/domain/team-view/bands";

const CONTROL =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-500";

export const SEARCH_DEBOUNCE_MS = 300;

interface Props {
  band?: BandKey;
  search?: string;
  onBand: (band: BandKey | null) => void;
  onSearch: (search: string) => void;
  onClear: () => void;
}

/** Band select and a name search that waits for a pause in typing before it asks the server. */
export function TableFilters({ band, search, onBand, onSearch, onClear }: Props) {
  const bandId = useId();
  const searchId = useId();
  const [text, setText] = useState(search ?? "");
  const last = useRef(search ?? "");
  // Follow the URL (back button, a band card click) unless the user is mid-typing something else.
  useEffect(() => {
    if ((search ?? "") !== last.current) {
      last.current = search ?? "";
      setText(search ?? "");
    }
  }, [search]);
  useEffect(() => {
    const value = text.trim();
    if (value === last.current) return;
    const t = setTimeout(() => {
      last.current = value;
      onSearch(value);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, onSearch]);

  return (
    <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter reps">
      <div className="w-full sm:w-64">
        <label htmlFor={searchId} className="block text-sm font-medium text-slate-700">
          Search by name
        </label>
        <input
          id={searchId}
          type="search"
          value={text}
          maxLength={100}
          placeholder="e.g. Priya"
          onChange={(e) => setText(e.target.value)}
          className={`${CONTROL} mt-1`}
          autoComplete="off"
        />
      </div>
      <div className="w-full sm:w-44">
        <label htmlFor={bandId} className="block text-sm font-medium text-slate-700">
          Score band
        </label>
        <select id={bandId} value={band ?? ""} onChange={(e) => onBand((e.target.value || null) as BandKey | null)} className={`${CONTROL} mt-1 pr-8`}>
          <option value="">All bands</option>
          {BAND_LIST.map((b) => (
            <option key={b.key} value={b.key}>
              {b.label}
            </option>
          ))}
        </select>
      </div>
      {band || search ? (
        <Button variant="ghost" size="sm" onClick={onClear}>
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
