"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "~/trpc/react";
import { EmptyDashboard } from "./empty-dashboard";
import { cheapestPillarText } from "./format/headline";
import { isEmptyScore } from "./format/signals";
import { GoalCard } from "./goal-card";
import { NextActions } from "./next-actions";
import { PillarBars } from "./pillar-bars";
import { QueryBoundary } from "./query-boundary";
import { QuickActions, type DialogName } from "./quick-actions/quick-actions";
import { RanksCard } from "./ranks-card";
import { ScoreRing } from "./score-ring";
import { CardSkeleton } from "./skeletons";
import { TrendChart } from "./trend-chart";
import { repInput, type RepRef } from "./types";
import { useScoreRefresh } from "./use-score-refresh";
import { WeekChangeCard } from "./week-change";

interface Props {
  rep: RepRef;
  title: string;
  /** Another rep's page: where "back" goes (the team view). */
  backHref?: string;
}

/** A rep's dashboard: the caller's own, or one they may see (a manager's rep, anyone for admins). */
export function RepDashboard({ rep, title, backHref }: Props) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.score.current.queryOptions(repInput(rep)));
  const refresh = useScoreRefresh(rep);
  const [dialog, setDialog] = useState<DialogName>(null);
  const self = data.rep.isSelf;
  const score = data.score;
  const empty = isEmptyScore(score);
  const hint = score && !empty ? cheapestPillarText(score.total, score.actions) : null;

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          {backHref ? (
            <Link href={backHref} className="text-sm font-medium text-brand-600 hover:underline">
              ← Team
            </Link>
          ) : null}
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {self
              ? "Your Social Selling score, why it is what it is, and what to do next."
              : [data.rep.jobTitle, "Social Selling score and coaching"].filter(Boolean).join(" · ")}
          </p>
        </div>
        {self ? <QuickActions orgSlug={rep.orgSlug} dialog={dialog} setDialog={setDialog} onLogged={refresh} /> : null}
      </header>

      {empty || !score ? (
        <EmptyDashboard orgSlug={rep.orgSlug} self={self} name={data.rep.displayName} onLogActivity={self ? () => setDialog("log") : undefined} />
      ) : (
        <>
          {hint ? <p className="rounded-lg bg-brand-50 px-4 py-2.5 text-sm text-brand-700">{hint}</p> : null}
          <div className="grid gap-6 lg:grid-cols-12 lg:items-start">
            <div className="lg:col-span-5">
              <ScoreRing score={score} official={data.official} refresh={refresh.state} onRecordReading={self ? () => setDialog("reading") : undefined} />
            </div>
            <div className="lg:col-span-7">
              <PillarBars score={score} />
            </div>
          </div>
          <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-3">
            <QueryBoundary title="Goal" fallback={<CardSkeleton lines={4} />}>
              <GoalCard rep={rep} self={self} />
            </QueryBoundary>
            <NextActions score={score} self={self} />
            <div className="md:col-span-2 lg:col-span-1">
              <QueryBoundary title="Ranks" fallback={<CardSkeleton lines={5} />}>
                <RanksCard rep={rep} self={self} />
              </QueryBoundary>
            </div>
          </div>
          <div className="grid gap-6 lg:grid-cols-3">
            <div className="min-w-0 lg:col-span-2">
              <QueryBoundary title="Weekly trend" fallback={<CardSkeleton chart lines={1} />}>
                <TrendChart rep={rep} />
              </QueryBoundary>
            </div>
            <QueryBoundary title="Why did it move" fallback={<CardSkeleton lines={5} />}>
              <WeekChangeCard rep={rep} />
            </QueryBoundary>
          </div>
        </>
      )}
    </div>
  );
}
