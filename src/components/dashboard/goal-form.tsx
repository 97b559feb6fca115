"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { localDay } from "~/lib/format/dates";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { personalGoalSchema, type PersonalGoalValues } from "./format/goal";
import { toNumberOrNull } from "./quick-actions/schemas";
import { repInput, type RepGoal, type RepRef } from "./types";

/** Personal target and optional due date (≥ the organisation's minimum), or back to the org's target. */
export function GoalForm({ rep, goal, onDone }: { rep: RepRef; goal: RepGoal; onDone: () => void }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const today = localDay();
  const schema = useMemo(() => personalGoalSchema(goal.minPersonalTarget, today), [goal.minPersonalTarget, today]);
  const form = useForm<PersonalGoalValues>({
    resolver: zodResolver(schema),
    defaultValues: { target: goal.target, dueDate: goal.source === "personal" ? (goal.dueDate ?? "") : "" },
  });
  const refresh = () => qc.invalidateQueries({ queryKey: trpc.goals.forRep.queryKey(repInput(rep)) });
  const set = useMutation(trpc.goals.setPersonal.mutationOptions());
  const clear = useMutation(trpc.goals.clearPersonal.mutationOptions());

  const onSubmit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await set.mutateAsync({ orgSlug: rep.orgSlug, target: v.target, dueDate: v.dueDate || null });
      await refresh();
      toast.success(`Your target is now ${v.target}${v.dueDate ? ` by ${v.dueDate}` : ""}`);
      onDone();
    } catch (err) {
      setError(applyServerErrors(form, err));
    }
  });

  const onClear = async () => {
    setError(null);
    try {
      await clear.mutateAsync({ orgSlug: rep.orgSlug });
      await refresh();
      toast.success(`Back to the organisation's target (${goal.orgTarget})`);
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : "Could not clear the target. Try again.");
    }
  };

  const min = Math.max(1, goal.minPersonalTarget ?? 1);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid grid-cols-2 gap-3">
        <TextField
          label="Target"
          type="number"
          inputMode="numeric"
          min={min}
          max={100}
          step={1}
          hint={min > 1 ? `At least ${min}` : "1 to 100"}
          {...form.register("target", { setValueAs: toNumberOrNull })}
          error={form.formState.errors.target?.message}
        />
        <TextField label="By (optional)" type="date" min={today} {...form.register("dueDate")} error={form.formState.errors.dueDate?.message} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" loading={set.isPending}>
          Save target
        </Button>
        {goal.source === "personal" ? (
          <Button type="button" size="sm" variant="secondary" loading={clear.isPending} onClick={() => void onClear()}>
            Use the organisation&apos;s target ({goal.orgTarget})
          </Button>
        ) : null}
      </div>
    </form>
  );
}
