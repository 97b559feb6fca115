import "server-only";
import { TRPCError } from "@trpc/server";
import { cache } from "react";
import { getQueryClient, serverCaller, trpc } from "~/trpc/server";
import { repInput, type CurrentScore, type RepRef } from "./types";

/** The trend's default period; the client asks for the same key, so the first paint needs no fetch. */
export const DEFAULT_WEEKS = 26 as const;

function isNotFound(err: unknown): boolean {
  return err instanceof TRPCError && err.code === "NOT_FOUND";
}

/**
 * The rep's current score through the server caller, once per request (a layout checks access
 * with it, the page reuses it). Null when the rep does not exist or the caller may not see them:
 * a rep of another team, another organisation's id and a made-up id all answer the same.
 */
export const getRepCurrent = cache(async (orgSlug: string, repId: string | undefined): Promise<CurrentScore | null> => {
  try {
    return await (await serverCaller()).score.current(repInput({ orgSlug, repId }));
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
});

/**
 * Loads everything the dashboard's first paint shows into the request's query client (dehydrated
 * by <HydrateClient>), so client components render the numbers without fetching. Null: not found.
 */
export async function prefetchRepDashboard(ref: RepRef): Promise<CurrentScore | null> {
  const input = repInput(ref);
  const current = await getRepCurrent(ref.orgSlug, ref.repId);
  if (!current) return null;
  const qc = getQueryClient();
  qc.setQueryData(trpc.score.current.queryKey(input), current);
  // A failure here is not dehydrated: that card fetches again in the browser and shows its own retry.
  const once = { retry: false } as const;
  await Promise.all([
    qc.prefetchQuery(trpc.score.ranks.queryOptions(input, once)),
    qc.prefetchQuery(trpc.score.history.queryOptions({ ...input, weeks: DEFAULT_WEEKS }, once)),
    qc.prefetchQuery(trpc.score.weekChange.queryOptions(input, once)),
    qc.prefetchQuery(trpc.goals.forRep.queryOptions(input, once)),
    current.rep.isSelf ? qc.prefetchQuery(trpc.activity.kinds.queryOptions({ orgSlug: ref.orgSlug }, once)) : null,
  ]);
  return current;
}
