"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Card, CardHeader } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { useTRPC } from "~/trpc/react";
import { PILLARS } from "./format/pillars";
import { directionClass, weekChangeView } from "./format/week-change";
import { repInput, type RepRef } from "./types";

/** "Why did it move": now vs the last weekly snapshot, per pillar and the signals behind it. */
export function WeekChangeCard({ rep }: { rep: RepRef }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.score.weekChange.queryOptions(repInput(rep)));
  if (!data) {
    return (
      <Card className="h-full">
        <CardHeader title="Why did it move?" />
        <p className="text-sm text-slate-600">
          Nothing to compare with yet. Each week ends with a saved score; from the second week on, this card explains what changed and why.
        </p>
      </Card>
    );
  }
  const v = weekChangeView(data);
  return (
    <Card className="h-full" data-testid="week-change">
      <CardHeader title="Why did it move?" description="This week so far, against the last weekly score" />
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className={cn("text-2xl font-semibold tabular-nums", directionClass(v.direction))}>{v.headline}</span>
        <span className="text-sm text-slate-500">{v.since}</span>
      </p>
      {v.modelNote ? <p className="mt-1 text-xs text-amber-800">{v.modelNote}</p> : null}

      <ul className="mt-3 flex flex-wrap gap-2" aria-label="Change per pillar">
        {v.pillars.map((p) => (
          <li key={p.pillar} className="flex items-center gap-2 rounded-md bg-slate-50 px-2.5 py-1.5 text-sm" title={p.fromTo}>
            <span className="flex items-center gap-1.5 whitespace-nowrap text-slate-700">
              <span aria-hidden="true" className={cn("size-2 shrink-0 rounded-full", PILLARS[p.pillar].bg)} />
              {p.label}
            </span>
            <span className={cn("font-semibold tabular-nums", directionClass(p.direction))}>{p.deltaText}</span>
          </li>
        ))}
      </ul>

      {v.causes.length ? (
        <>
          <h3 className="mt-4 text-xs font-medium uppercase tracking-wide text-slate-500">What caused it</h3>
          <ul className="mt-2 space-y-2">
            {v.causes.map((c) => (
              <li key={c.signal} className="flex gap-3 text-sm">
                <span className={cn("w-11 shrink-0 text-right font-semibold tabular-nums", directionClass(c.direction))} aria-hidden="true">
                  {c.deltaText}
                </span>
                <span className="min-w-0 text-slate-700">
                  <span className="sr-only">{c.deltaText} </span>
                  <span className={cn("font-medium", PILLARS[c.pillar].text)}>{c.pillarLabel}:</span> {c.text}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-4 text-sm text-slate-600">No single signal moved by more than 0.05 points.</p>
      )}
      {v.showsAging ? (
        <p className="mt-4 text-xs text-slate-500">
          &ldquo;Same count, older now&rdquo;: activity weighs less as it ages (a month-old action counts about a third), so a quiet week lowers the score a
          little.
        </p>
      ) : null}
    </Card>
  );
}
