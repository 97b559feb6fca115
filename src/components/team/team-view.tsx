"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { EmptyState } from "~/components/ui/empty-state";
import { useTRPC } from "~/trpc/react";
import { CardError } from "./card-state";
import { Heatmap } from "./heatmap";
import { MoversCard } from "./movers-card";
import { RepTable } from "./rep-table";
import { SummaryCards } from "./summary-cards";
import { ExportLink, TeamPicker } from "./team-picker";
import { TrendCard } from "./trend-card";
import { useTeamView } from "./use-team-view";

interface Props {
  orgSlug: string;
  orgName: string;
  timeZone: string;
  canManageTeams: boolean;
}

/** The manager's team view: summary, movers and trend, the rep table, the pillar heatmap. */
export function TeamView({ orgSlug, orgName, timeZone, canManageTeams }: Props) {
  const trpc = useTRPC();
  const { view, update } = useTeamView();
  // Set once React has hydrated the page: the controls work from here on (tests wait for it).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const teams = useQuery(trpc.team.teams.queryOptions({ orgSlug }));
  if (teams.isError) return <CardError title="Your teams" error={teams.error} onRetry={() => void teams.refetch()} />;
  const list = teams.data;
  const team = list?.teams.find((t) => t.id === view.teamId);
  const title = team ? team.name : list?.all ? "All teams" : list?.teams.length === 1 ? (list.teams[0]?.name ?? "Your team") : "Your teams";

  if (list && list.teams.length === 0) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Team</h1>
        <EmptyState
          title={list.all ? "No teams yet" : "You don't manage a team yet"}
          action={
            canManageTeams ? (
              <Link href={`/o/${orgSlug}/settings`} className="rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600">
                Set up teams
              </Link>
            ) : undefined
          }
        >
          {list.all
            ? "Create teams and add reps to them in settings; their scores, trends and movers then appear here."
            : `Ask an admin of ${orgName} to make you the manager of a team. Its reps' scores then appear here.`}
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="space-y-6" data-ready={ready || undefined} data-testid="team-view">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {list ? `${list.reps.toLocaleString("en-US")} reps in ${list.teams.length} ${list.teams.length === 1 ? "team" : "teams"}. ` : ""}
            Scores are SSI Coach&apos;s estimates, not LinkedIn&apos;s official figures.
          </p>
        </div>
        <div className="flex w-full flex-wrap items-end gap-3 sm:w-auto">
          {list ? <TeamPicker teams={list.teams} all={list.all} value={view.teamId} onChange={(teamId) => update({ teamId })} /> : null}
          <ExportLink orgSlug={orgSlug} view={view} className="w-full sm:w-auto" />
        </div>
      </header>

      <SummaryCards orgSlug={orgSlug} teamId={view.teamId} band={view.band} onBand={(band) => update({ band })} />

      <div className="grid gap-6 lg:grid-cols-5">
        <div className="min-w-0 lg:col-span-3">
          <TrendCard key={view.teamId ?? "all"} orgSlug={orgSlug} teamId={view.teamId} teams={list?.teams ?? []} />
        </div>
        <div className="min-w-0 lg:col-span-2">
          <MoversCard orgSlug={orgSlug} teamId={view.teamId} />
        </div>
      </div>

      <RepTable orgSlug={orgSlug} timeZone={timeZone} view={view} update={update} />

      <Heatmap orgSlug={orgSlug} teamId={view.teamId} />
    </div>
  );
}
