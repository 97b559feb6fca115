"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { Skeleton } from "~/components/ui/skeleton";
import { ISO_DAYS, reportScheduleSchema } from "~/lib/settings/schemas";
import { useTRPC } from "~/trpc/react";
import { showServerErrors } from "./form-helpers";
import { QueryError } from "./section";
import type { ScheduleData, SettingsViewer } from "./types";

type In = z.input<typeof reportScheduleSchema>;
type Out = z.output<typeof reportScheduleSchema>;

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const hourLabel = (h: number) => `${String(h).padStart(2, "0")}:00`;

const toForm = (s: ScheduleData): In => ({
  reportDay: s.reportDay,
  reportHour: s.reportHour,
  repReportsEnabled: s.repReportsEnabled,
  managerReportsEnabled: s.managerReportsEnabled,
});

/** The weekly report's day and local hour, and which reports go out. */
export function ScheduleForm({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.settings.schedule.get.queryOptions({ orgSlug: viewer.orgSlug }));
  if (query.isPending) return <Skeleton className="h-80 w-full" />;
  if (query.isError) return <QueryError title="The report schedule" error={query.error} onRetry={() => void query.refetch()} />;
  return <Form viewer={viewer} data={query.data} />;
}

function Form({ viewer, data }: { viewer: SettingsViewer; data: ScheduleData }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const repId = useId();
  const managerId = useId();
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(reportScheduleSchema), defaultValues: toForm(data) });
  useEffect(() => form.reset(toForm(data)), [data, form]);
  const save = useMutation(trpc.settings.schedule.update.mutationOptions());
  const errors = form.formState.errors;
  const [day, hour, repOn, managerOn] = form.watch(["reportDay", "reportHour", "repReportsEnabled", "managerReportsEnabled"]);
  const dayName = ISO_DAYS.find((d) => d.value === Number(day))?.label ?? "—";

  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const res = await save.mutateAsync({ orgSlug: viewer.orgSlug, ...v });
      qc.setQueryData(trpc.settings.schedule.get.queryKey({ orgSlug: viewer.orgSlug }), res.schedule);
      toast.success("Report schedule saved");
      for (const w of res.warnings) toast.warning(w);
    } catch (err) {
      setFormError(showServerErrors(form, err));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Weekly report schedule" className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Card>
        <CardHeader title="When" description={`In the organisation's time zone, ${data.timezone.replaceAll("_", " ")} (change it under Organisation).`} />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField label="Day of the week" {...form.register("reportDay", { valueAsNumber: true })} error={errors.reportDay?.message}>
            {ISO_DAYS.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </SelectField>
          <SelectField label="Local hour" {...form.register("reportHour", { valueAsNumber: true })} error={errors.reportHour?.message}>
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {hourLabel(h)}
              </option>
            ))}
          </SelectField>
        </div>
      </Card>
      <Card>
        <CardHeader title="Which reports" description="Each person can still unsubscribe from their own e-mail." />
        <div className="space-y-4">
          <div className="flex items-start gap-3">
            <input id={repId} type="checkbox" className="mt-0.5 size-4 accent-brand-500" {...form.register("repReportsEnabled")} />
            <label htmlFor={repId} className="text-sm text-slate-700">
              <span className="font-medium text-slate-900">Rep reports</span>
              <span className="block text-slate-500">Every rep gets their score, its change and their top actions.</span>
            </label>
          </div>
          <div className="flex items-start gap-3">
            <input id={managerId} type="checkbox" className="mt-0.5 size-4 accent-brand-500" {...form.register("managerReportsEnabled")} />
            <label htmlFor={managerId} className="text-sm text-slate-700">
              <span className="font-medium text-slate-900">Manager reports</span>
              <span className="block text-slate-500">Every manager gets a summary of their teams.</span>
            </label>
          </div>
        </div>
      </Card>
      <p className="text-sm text-slate-700" aria-live="polite" data-testid="schedule-summary">
        {repOn || managerOn ? (
          <>
            {repOn && managerOn ? "Rep and manager reports" : repOn ? "Only rep reports" : "Only manager reports"} go out every {dayName} at {hourLabel(Number(hour))}.
          </>
        ) : (
          "No weekly reports are sent."
        )}{" "}
        <Link href={`/o/${viewer.orgSlug}/settings/reports`} className="font-medium text-brand-600 hover:underline">
          Preview this week&apos;s reports
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={save.isPending}>
          Save schedule
        </Button>
        {form.formState.isDirty ? <span className="text-sm text-slate-500">Unsaved changes</span> : null}
      </div>
    </form>
  );
}
