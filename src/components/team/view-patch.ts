// Changes to the team view's URL state (pure).
import type { RepTableParams } from "~/domain/team-view/params";

export type ViewPatch = Partial<Omit<RepTableParams, "teamId" | "band" | "search">> & {
  teamId?: string | null;
  band?: RepTableParams["band"] | null;
  search?: string | null;
};

/** Applies a change to the view; any change but the page itself goes back to page 1. */
export function applyPatch(view: RepTableParams, patch: ViewPatch): RepTableParams {
  const next: RepTableParams = { ...view, page: patch.page ?? 1 };
  for (const key of ["teamId", "band", "search"] as const) {
    if (!(key in patch)) continue;
    const v = patch[key];
    if (v) (next as unknown as Record<string, unknown>)[key] = v;
    else delete next[key];
  }
  if (patch.sort) next.sort = patch.sort;
  if (patch.dir) next.dir = patch.dir;
  if (patch.pageSize) next.pageSize = patch.pageSize;
  return next;
}
