"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { formatDelta, formatScore } from "~/lib/format/number";
import { useTRPC } from "~/trpc/react";
import type { RefreshState } from "./score-ring";
import { repInput, type RepRef } from "./types";

/** Poll about every second while the worker recomputes; after 30 s every 5 s; give up after 2 min. */
export const POLL_MS = 1_000;
export const SLOW_AFTER_MS = 30_000;
export const SLOW_POLL_MS = 5_000;
export const GIVE_UP_MS = 120_000;
const SHOW_UPDATED_MS = 8_000;

const asOfMs = (d: Date | string | undefined | null) => (d ? new Date(d).getTime() : 0);

/**
 * After a write that changes the score (an activity logged), the worker recomputes it
 * asynchronously. This polls score.current until its `asOf` moves past the one seen before the
 * write, then refreshes what depends on the score. No page reload.
 */
export function useScoreRefresh(rep: RepRef) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [state, setState] = useState<RefreshState>({ kind: "idle" });
  const waiting = useRef<{ asOf: number; total: number; since: number } | null>(null);
  const polling = state.kind === "updating" || state.kind === "slow";
  const options = trpc.score.current.queryOptions(repInput(rep));

  const query = useQuery({
    ...options,
    refetchInterval: state.kind === "updating" ? POLL_MS : state.kind === "slow" ? SLOW_POLL_MS : false,
    refetchIntervalInBackground: true,
  });

  /** Marks the score as updating, optimistically, before the write is confirmed. */
  const begin = useCallback(() => {
    const current = qc.getQueryData(options.queryKey);
    waiting.current = { asOf: asOfMs(current?.score?.asOf), total: current?.score?.total ?? 0, since: Date.now() };
    setState({ kind: "updating" });
  }, [qc, options.queryKey]);

  /** The write failed or changed nothing: there is nothing to wait for. */
  const cancel = useCallback(() => {
    waiting.current = null;
    setState({ kind: "idle" });
  }, []);

  useEffect(() => {
    const w = waiting.current;
    if (!polling || !w) return;
    const score = query.data?.score;
    if (score && asOfMs(score.asOf) > w.asOf) {
      waiting.current = null;
      const deltaText = formatDelta(score.total - w.total);
      setState({ kind: "updated", deltaText });
      toast.success(`Score updated: ${formatScore(w.total)} → ${formatScore(score.total)} (${deltaText})`);
      void qc.invalidateQueries(trpc.score.ranks.queryFilter());
      void qc.invalidateQueries(trpc.score.weekChange.queryFilter());
      void qc.invalidateQueries(trpc.goals.forRep.queryFilter());
      return;
    }
    const waited = Date.now() - w.since;
    if (waited > GIVE_UP_MS) {
      waiting.current = null;
      setState({ kind: "idle" });
      toast.info("Your score is still being recalculated; it will show on your next visit.");
    } else if (waited > SLOW_AFTER_MS && state.kind === "updating") {
      setState({ kind: "slow" });
    }
  }, [polling, state.kind, query.data, query.dataUpdatedAt, qc, trpc]);

  // "Updated" is a transient note on the ring.
  useEffect(() => {
    if (state.kind !== "updated") return;
    const t = setTimeout(() => setState({ kind: "idle" }), SHOW_UPDATED_MS);
    return () => clearTimeout(t);
  }, [state]);

  return { state, begin, cancel };
}
