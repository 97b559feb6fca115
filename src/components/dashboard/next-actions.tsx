import { Card, CardHeader } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { actionViews, combinedGainText } from "./format/actions";
import { PILLARS } from "./format/pillars";
import type { ScoreData } from "./types";

/** The top actions by expected gain, each with its estimated points. */
export function NextActions({ score, self }: { score: ScoreData; self: boolean }) {
  const actions = actionViews(score.actions);
  const combined = combinedGainText(score.actions);
  return (
    <Card className="h-full" data-testid="next-actions">
      <CardHeader title="Next best actions" description={self ? "What raises your score most this week" : "What would raise this score most"} />
      {actions.length === 0 ? (
        <p className="text-sm text-slate-600">Nothing left with a measurable gain: every signal is close to its cap. Keep the weekly rhythm going.</p>
      ) : (
        <ol className="space-y-3">
          {actions.map((a, i) => (
            <li key={a.key} className="flex gap-3">
              <span
                aria-hidden="true"
                className={cn("mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold text-white", PILLARS[a.pillar].bg)}
              >
                {i + 1}
              </span>
              <div className="min-w-0 flex-1">
                <p className="text-sm text-slate-800">{a.text}</p>
                <p className="mt-0.5 text-xs text-slate-500">
                  <span className={cn("font-medium", PILLARS[a.pillar].text)}>{a.pillarLabel}</span>
                  {a.unlocks ? " · unlocks signals we cannot measure yet" : null}
                </p>
              </div>
              {a.gainText ? (
                <span
                  className="shrink-0 self-start rounded-md bg-emerald-50 px-1.5 py-0.5 text-xs font-semibold tabular-nums text-emerald-800"
                  title="Estimated gain in total points"
                >
                  {a.gainText}
                  <span className="sr-only"> estimated</span>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {combined ? <p className="mt-4 border-t border-slate-100 pt-3 text-xs text-slate-500">{combined}</p> : null}
    </Card>
  );
}
