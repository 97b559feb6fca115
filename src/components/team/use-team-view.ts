"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { paramsFromSearch, searchFromParams } from "~/domain/team-view/params";
import { applyPatch, type ViewPatch } from "./view-patch";

export type { ViewPatch };

/**
 * The team view's state lives in the URL (shareable, survives reload, back button). Updates go
 * through the History API, which Next's router observes: no server round trip, the client
 * queries refetch from their new keys. Typing in the search box replaces the entry; other
 * changes push one.
 */
export function useTeamView() {
  const sp = useSearchParams();
  const pathname = usePathname();
  const view = useMemo(() => paramsFromSearch(new URLSearchParams(sp.toString())), [sp]);
  const update = useCallback(
    (patch: ViewPatch, opts: { replace?: boolean } = {}) => {
      const next = applyPatch(view, patch);
      const qs = searchFromParams(next).toString();
      const url = qs ? `${pathname}?${qs}` : pathname;
      if (opts.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [view, pathname],
  );
  return { view, update };
}
