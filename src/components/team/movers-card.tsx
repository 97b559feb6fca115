"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Card } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { formatScore } from "~/lib/format/number";
import { useTRPC } from "~/trpc/react";
import { CardError, CardNote, CardSkeleton } from "./card-state";
import { changeLabel, directionClass, directionOf, formatDelta, weekPairText } from "./format";
import { teamInput, type MoverData } from "./types";

/** This week's biggest risers and fallers, and everyone who dropped more than 5 points, each with why. */
export function MoversCard({ orgSlug, teamId }: { orgSlug: string; teamId?: string }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.team.movers.queryOptions(teamInput(orgSlug, teamId), { placeholderData: keepPreviousData }));
  if (q.isPending) return <CardSkeleton label="the movers" lines={6} className="h-full" />;
  if (q.isError) return <CardError title="Movers" error={q.error} onRetry={() => void q.refetch()} className="h-full" />;
  const m = q.data;
  const weeks = weekPairText(m.weeks.current, m.weeks.previous);
  return (
    <Card className="h-full" data-testid="movers" aria-busy={q.isFetching || undefined}>
      <h2 className="text-base font-semibold text-slate-900">Movers this week</h2>
      <p className="mt-0.5 text-sm text-slate-500">{weeks ?? "Weekly scores compared with the week before"}</p>
      {m.compared === 0 ? (
        <div className="mt-4">
          <CardNote>{m.weeks.current ? "Only one weekly score so far: movers appear after the second week." : "No weekly scores yet: movers appear after the second week."}</CardNote>
        </div>
      ) : (
        <div className="mt-4 space-y-5">
          {m.droppedCount > 0 ? (
            <section aria-labelledby="dropped-title" className="rounded-lg bg-red-50 p-3 ring-1 ring-red-100">
              <h3 id="dropped-title" className="text-sm font-semibold text-red-800">
                {m.droppedCount} {m.droppedCount === 1 ? "rep" : "reps"} dropped more than 5 points
              </h3>
              <MoverList movers={m.dropped} orgSlug={orgSlug} />
              {m.droppedCount > m.dropped.length ? <p className="mt-2 text-xs text-red-800">And {m.droppedCount - m.dropped.length} more: sort the table by change.</p> : null}
            </section>
          ) : null}
          <section aria-labelledby="risers-title">
            <h3 id="risers-title" className="text-xs font-medium uppercase tracking-wide text-slate-500">
              Biggest risers
            </h3>
            {m.risers.length ? <MoverList movers={m.risers} orgSlug={orgSlug} /> : <p className="mt-1 text-sm text-slate-500">Nobody rose this week.</p>}
          </section>
          <section aria-labelledby="fallers-title">
            <h3 id="fallers-title" className="text-xs font-medium uppercase tracking-wide text-slate-500">
              Biggest fallers
            </h3>
            {m.fallers.length ? <MoverList movers={m.fallers} orgSlug={orgSlug} /> : <p className="mt-1 text-sm text-slate-500">Nobody fell this week.</p>}
          </section>
        </div>
      )}
    </Card>
  );
}

function MoverList({ movers, orgSlug }: { movers: MoverData[]; orgSlug: string }) {
  return (
    <ul className="mt-2 space-y-2">
      {movers.map((m) => (
        <li key={m.id} className="text-sm">
          <details className="group rounded-md">
            <summary className="flex cursor-pointer list-none items-center gap-3 rounded-md px-1 py-1 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
              <span className={cn("w-12 shrink-0 text-right font-semibold tabular-nums", directionClass(directionOf(m.delta)))} aria-label={changeLabel(m.delta)}>
                {formatDelta(m.delta)}
              </span>
              <span className="min-w-0 flex-1 truncate">
                <span className="font-medium text-slate-900">{m.name}</span>
                <span className="text-slate-500"> · {m.team}</span>
              </span>
              <span className="shrink-0 text-xs text-slate-500 tabular-nums">
                {formatScore(m.from)} → {formatScore(m.to)}
              </span>
              <span aria-hidden="true" className="text-slate-400 transition-transform group-open:rotate-90">
                ›
              </span>
              <span className="sr-only">Why did it move?</span>
            </summary>
            <div className="ml-15 mt-1 space-y-1 pb-1 pl-1 text-slate-700">
              {m.summary ? <p>{m.summary}</p> : null}
              {m.causes.length ? (
                <ul className="list-disc space-y-0.5 pl-5 text-slate-600">
                  {m.causes.map((c) => (
                    <li key={c}>{c}</li>
                  ))}
                </ul>
              ) : (
                <p className="text-slate-500">No single signal moved by more than 0.05 points: several small changes add up.</p>
              )}
              <Link href={`/o/${orgSlug}/reps/${encodeURIComponent(m.id)}`} className="inline-block text-brand-600 hover:underline">
                Open {m.name}&apos;s dashboard
              </Link>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
