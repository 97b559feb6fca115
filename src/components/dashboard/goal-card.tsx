"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { Card } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { formatDay } from "~/lib/format/dates";
import { formatScore } from "~/lib/format/number";
import { useTRPC } from "~/trpc/react";
import { forecastText, gapText, GOAL_STATUS, goalSourceText, paceText, progressPercent, type Tone } from "./format/goal";
import { GoalForm } from "./goal-form";
import { GOOD_SCORE } from "./format/headline";
import { repInput, type RepRef } from "./types";

const GOOD_SCORE_NOTE = `Around ${GOOD_SCORE} or higher is the usual mark of a good SSI.`;

const TONE: Record<Tone, string> = {
  success: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  info: "bg-brand-50 text-brand-700 ring-brand-100",
  warning: "bg-amber-50 text-amber-900 ring-amber-200",
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
};
const BAR: Record<Tone, string> = { success: "bg-emerald-500", info: "bg-brand-500", warning: "bg-amber-500", neutral: "bg-slate-400" };

/** Progress toward the target, the forecast week and status; the rep can set a personal target. */
export function GoalCard({ rep, self }: { rep: RepRef; self: boolean }) {
  const trpc = useTRPC();
  const { data: goal } = useSuspenseQuery(trpc.goals.forRep.queryOptions(repInput(rep)));
  const [editing, setEditing] = useState(false);
  const formId = useId();
  const status = GOAL_STATUS[goal.status];
  const pct = progressPercent(goal.progress);
  return (
    <Card className="h-full" data-testid="goal-card">
      <div className="mb-4 flex items-start justify-between gap-3">
        <div>
          <h2 className="text-base font-semibold text-slate-900">Goal</h2>
          <p className="mt-0.5 text-sm text-slate-500">
            {goalSourceText(goal.source, self)}
            {goal.dueDate ? `, by ${formatDay(goal.dueDate)}` : ""}
          </p>
        </div>
        <span className={cn("shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1", TONE[status.tone])} data-testid="goal-status">
          {status.label}
        </span>
      </div>

      <p className="flex items-baseline gap-1.5 tabular-nums">
        <span className="text-3xl font-semibold text-slate-900">{goal.current === null ? "—" : formatScore(goal.current)}</span>
        <span className="text-slate-500">/ {goal.target}</span>
      </p>
      <div
        role="progressbar"
        aria-label="Progress toward the target"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}% of the target of ${goal.target}`}
        className="mt-2 h-2.5 overflow-hidden rounded-full bg-slate-100"
      >
        <div className={cn("h-full rounded-full", BAR[status.tone])} style={{ width: `${pct}%` }} />
      </div>
      <p className="mt-1.5 text-xs text-slate-500 tabular-nums">{gapText(goal.current, goal.target)}</p>

      <p className="mt-4 text-sm text-slate-700" data-testid="goal-forecast">
        {forecastText(goal)}
      </p>
      {paceText(goal) ? <p className="mt-1 text-xs text-slate-500 tabular-nums">{paceText(goal)}</p> : null}
      <p className="mt-3 text-xs text-slate-500">{GOOD_SCORE_NOTE}</p>

      {self ? (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <button
            type="button"
            aria-expanded={editing}
            aria-controls={formId}
            onClick={() => setEditing((e) => !e)}
            className="text-sm font-medium text-brand-600 underline-offset-2 hover:underline"
          >
            {editing ? "Cancel" : goal.source === "personal" ? "Change your personal target" : "Set a personal target"}
          </button>
          <div id={formId} hidden={!editing}>
            {editing ? <GoalForm rep={rep} goal={goal} onDone={() => setEditing(false)} /> : null}
          </div>
        </div>
      ) : null}
    </Card>
  );
}
