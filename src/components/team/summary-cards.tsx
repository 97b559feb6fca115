"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { clamp01, directionOf, formatScore } from "~/lib/format/number";
import type { BandKey } from "~/domain/team-view/bands";
import { useTRPC } from "~/trpc/react";
import { CardError, CardSkeleton } from "./card-state";
import { changeText, directionClass, repsText, versusText, weekPairText } from "./format";
import { teamInput, type TeamSummaryData } from "./types";

const BAND_COLOURS: Record<BandKey, string> = {
  under30: "bg-red-400",
  "30to50": "bg-amber-400",
  "50to70": "bg-sky-500",
  "70plus": "bg-emerald-500",
};

/** The four summary cards: average vs industry and org, this week's change, goal attainment, bands. */
export function SummaryCards({ orgSlug, teamId, band, onBand }: { orgSlug: string; teamId?: string; band?: BandKey; onBand: (b: BandKey | null) => void }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.team.summary.queryOptions(teamInput(orgSlug, teamId), { placeholderData: keepPreviousData }));
  if (q.isPending) {
    return (
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <CardSkeleton key={i} label="the summary" lines={2} />
        ))}
      </div>
    );
  }
  if (q.isError) return <CardError title="The summary" error={q.error} onRetry={() => void q.refetch()} />;
  const s = q.data;
  return (
    <section aria-label="Summary" className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="team-summary" aria-busy={q.isFetching || undefined}>
      <AverageCard s={s} />
      <WeekCard s={s} />
      <GoalCard s={s} />
      <BandsCard s={s} band={band} onBand={onBand} />
    </section>
  );
}

function Stat({ label, value, testId, className }: { label: string; value: string; testId?: string; className?: string }) {
  return (
    <div>
      <h2 className="text-sm font-medium text-slate-600">{label}</h2>
      <p className={cn("mt-1 text-3xl font-semibold tabular-nums tracking-tight text-slate-900", className)} data-testid={testId}>
        {value}
      </p>
    </div>
  );
}

function AverageCard({ s }: { s: TeamSummaryData }) {
  const industry = s.benchmark ? versusText(s.benchmark.difference, `the industry (${formatScore(s.benchmark.average)})`) : null;
  const org = s.organization.withheld
    ? "Organisation average withheld: fewer than 3 scored reps outside your teams"
    : versusText(s.organization.difference, `the organisation (${s.organization.average === null ? "—" : formatScore(s.organization.average)})`);
  return (
    <Card>
      <Stat label={s.team ? `${s.team.name} average` : "Team average"} value={s.average === null ? "—" : formatScore(s.average)} testId="team-average" />
      <p className="mt-1 text-xs text-slate-500">{s.scored === s.reps ? repsText(s.reps) : `${s.scored} of ${repsText(s.reps)} scored`}</p>
      <ul className="mt-3 space-y-1 text-sm">
        {industry ? (
          <li className={directionClass(directionOf(s.benchmark?.difference ?? 0))} title={s.benchmark?.sourceText}>
            {industry}
            <span className="sr-only"> ({s.benchmark?.label})</span>
          </li>
        ) : (
          <li className="text-slate-500">No industry benchmark for this organisation</li>
        )}
        {org ? <li className={s.organization.withheld ? "text-slate-500" : directionClass(directionOf(s.organization.difference ?? 0))}>{org}</li> : null}
      </ul>
      {s.benchmark ? <p className="mt-2 text-xs text-slate-400">Benchmark: {s.benchmark.label}, {s.benchmark.source} values</p> : null}
    </Card>
  );
}

function WeekCard({ s }: { s: TeamSummaryData }) {
  const w = s.weekOverWeek;
  const weeks = weekPairText(w.current?.week ?? null, w.previous?.week ?? null);
  return (
    <Card>
      <Stat label="Change over the last week" value={changeText(w.change)} className={directionClass(directionOf(w.change ?? 0))} testId="team-week-change" />
      {w.change !== null && w.current && w.previous ? (
        <p className="mt-1 text-sm text-slate-600">
          Average {w.previous.average === null ? "—" : formatScore(w.previous.average)} → {w.current.average === null ? "—" : formatScore(w.current.average)}
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-600">
          {w.current ? "One weekly snapshot so far: the change shows after the second." : "No weekly snapshots yet: the first is saved at the end of this week."}
        </p>
      )}
      {weeks ? <p className="mt-2 text-xs text-slate-500">{weeks}</p> : null}
    </Card>
  );
}

function GoalCard({ s }: { s: TeamSummaryData }) {
  const share = s.scored ? s.atGoal / s.scored : 0;
  return (
    <Card>
      <Stat label="At or above goal" value={`${s.atGoal} of ${s.scored}`} testId="team-at-goal" />
      <div
        className="mt-3 h-2 w-full overflow-hidden rounded-full bg-slate-100"
        role="progressbar"
        aria-label="Reps at or above their goal"
        aria-valuemin={0}
        aria-valuemax={s.scored}
        aria-valuenow={s.atGoal}
      >
        <div className="h-full rounded-full bg-emerald-500" style={{ width: `${Math.round(clamp01(share) * 100)}%` }} />
      </div>
      <p className="mt-2 text-xs text-slate-500">Each rep against their own target (personal, team, or the organisation&apos;s {s.goalTarget}).</p>
    </Card>
  );
}

function BandsCard({ s, band, onBand }: { s: TeamSummaryData; band?: BandKey; onBand: (b: BandKey | null) => void }) {
  const total = s.bands.reduce((n, b) => n + b.count, 0);
  return (
    <Card>
      <h2 className="text-sm font-medium text-slate-600">Distribution</h2>
      <div className="mt-3 flex h-3 w-full overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        {s.bands.map((b) => (total && b.count ? <div key={b.key} className={BAND_COLOURS[b.key]} style={{ width: `${(b.count / total) * 100}%` }} /> : null))}
      </div>
      <ul className="mt-3 grid grid-cols-2 gap-1" aria-label="Reps per score band">
        {s.bands.map((b) => (
          <li key={b.key}>
            <button
              type="button"
              aria-pressed={band === b.key}
              onClick={() => onBand(band === b.key ? null : b.key)}
              className="flex w-full items-center gap-2 rounded-md px-1.5 py-1 text-left text-sm hover:bg-slate-50 aria-pressed:bg-brand-50 aria-pressed:ring-1 aria-pressed:ring-brand-100"
              title={band === b.key ? "Show every band" : `Show the reps scoring ${b.label}`}
            >
              <span aria-hidden="true" className={cn("size-2.5 shrink-0 rounded-sm", BAND_COLOURS[b.key])} />
              <span className="text-slate-600">{b.label}</span>
              <span className="ml-auto font-semibold tabular-nums text-slate-900">{b.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
