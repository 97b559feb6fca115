"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { TextField } from "~/components/ui/field";
import { formatDay, localDay } from "~/lib/format/dates";
import { formatScore } from "~/lib/format/number";
import { applyServerErrors } from "~/lib/form-errors";
import { useTRPC } from "~/trpc/react";
import { PILLAR_LIST } from "../format/pillars";
import { pillarTotal, readingSchema, toNumberOrNull, type ReadingValues } from "./schemas";

/** Record LinkedIn's own SSI as read on linkedin.com/sales/ssi, to compare with the estimate. */
export function RecordReadingDialog({ orgSlug, open, onClose }: { orgSlug: string; open: boolean; onClose: () => void }) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Record your LinkedIn SSI"
      description="Copy the numbers from linkedin.com/sales/ssi. We show them beside our estimate; they do not change it."
    >
      {open ? <ReadingForm orgSlug={orgSlug} onClose={onClose} /> : null}
    </Dialog>
  );
}

const numeric = { type: "text", inputMode: "decimal" as const, autoComplete: "off" };

function ReadingForm({ orgSlug, onClose }: { orgSlug: string; onClose: () => void }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const today = localDay();
  const schema = useMemo(() => readingSchema(today), [today]);
  const form = useForm<ReadingValues>({
    resolver: zodResolver(schema),
    defaultValues: { readOn: today, industryTopPercent: null, networkTopPercent: null },
  });
  const currentKey = trpc.score.current.queryKey({ orgSlug });
  const record = useMutation(
    trpc.readings.record.mutationOptions({
      // Optimistic: the reading shows beside the ring at once, and goes back if the save fails.
      onMutate: async (v) => {
        await qc.cancelQueries({ queryKey: currentKey });
        const before = qc.getQueryData(currentKey);
        if (before) {
          qc.setQueryData(currentKey, {
            ...before,
            official: {
              readOn: v.readOn,
              total: v.total,
              pillars: { brand: v.brand, findPeople: v.findPeople, engage: v.engage, relationships: v.relationships },
              industryTopPercent: v.industryTopPercent ?? null,
              networkTopPercent: v.networkTopPercent ?? null,
            },
          });
        }
        return { before };
      },
      onError: (_err, _v, ctx) => {
        if (ctx?.before) qc.setQueryData(currentKey, ctx.before);
      },
      onSettled: () => qc.invalidateQueries({ queryKey: currentKey }),
    }),
  );

  const values = form.watch();
  const sum = pillarTotal({
    brand: values.brand ?? 0,
    findPeople: values.findPeople ?? 0,
    engage: values.engage ?? 0,
    relationships: values.relationships ?? 0,
  });

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    try {
      await record.mutateAsync({ orgSlug, ...v });
      toast.success(`Recorded LinkedIn SSI ${formatScore(v.total)} for ${formatDay(v.readOn)}`);
      onClose();
    } catch (err) {
      setError(applyServerErrors(form, err));
      toast.error("The reading was not saved");
    }
  });
  const errors = form.formState.errors;
  const num = (name: keyof ReadingValues) => form.register(name, { setValueAs: toNumberOrNull });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Total SSI" {...numeric} {...num("total")} error={errors.total?.message} hint="0 to 100" />
        <TextField label="Read on" type="date" max={today} {...form.register("readOn")} error={errors.readOn?.message} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">The four pillars (0 to 25 each)</legend>
        <div className="mt-2 grid grid-cols-2 gap-3">
          {PILLAR_LIST.map((p) => (
            <TextField key={p.key} label={p.label} {...numeric} {...num(p.key)} error={errors[p.key]?.message} />
          ))}
        </div>
        <p className="mt-2 text-xs text-slate-500 tabular-nums" aria-live="polite">
          Pillars add up to {sum.toFixed(2)}
        </p>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Ranks (optional, as LinkedIn shows them)</legend>
        <div className="mt-2 grid grid-cols-2 gap-3">
          <TextField label="Industry: top %" {...numeric} {...num("industryTopPercent")} error={errors.industryTopPercent?.message} />
          <TextField label="Network: top %" {...numeric} {...num("networkTopPercent")} error={errors.networkTopPercent?.message} />
        </div>
      </fieldset>
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={record.isPending}>
          Save reading
        </Button>
      </div>
    </form>
  );
}
