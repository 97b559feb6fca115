"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { formatScore } from "~/lib/format/number";
import { MIN_GROUP_SIZE } from "~/domain/privacy";
import { useTRPC } from "~/trpc/react";
import { CardError, CardNote, CardSkeleton } from "./card-state";

type Scope = "team" | "organization";

/** What a rep sees at /team when the organisation enables it: names and totals only. */
export function RepLeaderboard({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const [scope, setScope] = useState<Scope>("team");
  const q = useQuery(trpc.team.leaderboard.queryOptions({ orgSlug, scope }));
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Leaderboard</h1>
        <p className="mt-1 text-sm text-slate-600">
          Names and current scores only, as your admin chose to share them. Groups of fewer than {MIN_GROUP_SIZE} people are never shown.
        </p>
      </header>
      <div role="group" aria-label="Whose scores" className="inline-flex rounded-lg bg-slate-100 p-0.5">
        {(["team", "organization"] as const).map((s) => (
          <button
            key={s}
            type="button"
            aria-pressed={scope === s}
            onClick={() => setScope(s)}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-600 aria-pressed:bg-white aria-pressed:text-slate-900 aria-pressed:shadow-sm"
          >
            {s === "team" ? "My team" : "Organisation"}
          </button>
        ))}
      </div>
      {q.isPending ? (
        <CardSkeleton label="the leaderboard" lines={6} />
      ) : q.isError ? (
        <CardError title="The leaderboard" error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Card data-testid="leaderboard">
          {q.data.group === null ? (
            <CardNote>You are not in a team yet, so there is no team leaderboard. The organisation&apos;s is one click away.</CardNote>
          ) : q.data.withheld ? (
            <CardNote>
              {q.data.group} has fewer than {MIN_GROUP_SIZE} people with a score, so no ranking is shown: it would give away a colleague&apos;s score.
            </CardNote>
          ) : (
            <ol className="divide-y divide-slate-100" aria-label={`Leaderboard of ${q.data.group}`}>
              {q.data.entries.map((e, i) => (
                <li key={`${e.rank}-${e.name}-${i}`} className={cn("flex items-center gap-4 px-2 py-2.5", e.isSelf && "rounded-md bg-brand-50")}>
                  <span className="w-8 text-right font-semibold tabular-nums text-slate-500">{e.rank}</span>
                  <span className="min-w-0 flex-1 truncate text-slate-900">
                    {e.name}
                    {e.isSelf ? <span className="ml-2 text-xs font-medium text-brand-700">(you)</span> : null}
                  </span>
                  <span className="font-semibold tabular-nums text-slate-900">{formatScore(e.total)}</span>
                </li>
              ))}
            </ol>
          )}
        </Card>
      )}
    </div>
  );
}
