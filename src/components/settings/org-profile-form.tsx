"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";
import { Skeleton } from "~/components/ui/skeleton";
import { industryKeySchema, targetSchema, timeZoneSchema } from "~/lib/settings/schemas";
import { orgNameSchema, orgSlugSchema } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";
import { keywordsToText, textToKeywords } from "./format";
import { KeywordField } from "./keyword-field";
import { numberOrNull, showServerErrors } from "./form-helpers";
import { QueryError } from "./section";
import type { OrgProfileData, SettingsViewer } from "./types";

const formSchema = z
  .object({
    name: orgNameSchema,
    slug: orgSlugSchema,
    industry: industryKeySchema,
    timezone: timeZoneSchema,
    goalTarget: targetSchema,
    minPersonalTarget: targetSchema.nullable(),
    icpTitles: z.string().max(3000, "Too long"),
    icpIndustries: z.string().max(3000, "Too long"),
    repLeaderboardEnabled: z.boolean(),
  })
  .refine((v) => v.minPersonalTarget === null || v.minPersonalTarget <= v.goalTarget, {
    path: ["minPersonalTarget"],
    message: "Use the goal or less",
  });
type FormIn = z.input<typeof formSchema>;
type FormOut = z.output<typeof formSchema>;

function toForm(org: OrgProfileData["org"]): FormIn {
  return {
    name: org.name,
    slug: org.slug,
    industry: org.industry,
    timezone: org.timezone,
    goalTarget: org.goalTarget,
    minPersonalTarget: org.minPersonalTarget,
    icpTitles: keywordsToText(org.icpTitles),
    icpIndustries: keywordsToText(org.icpIndustries),
    repLeaderboardEnabled: org.repLeaderboardEnabled,
  };
}

export function OrgProfileForm({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.settings.org.get.queryOptions({ orgSlug: viewer.orgSlug }));
  if (query.isPending) return <Skeleton className="h-[32rem] w-full" />;
  if (query.isError) return <QueryError title="The organisation profile" error={query.error} onRetry={() => void query.refetch()} />;
  return <ProfileForm viewer={viewer} data={query.data} />;
}

function ProfileForm({ viewer, data }: { viewer: SettingsViewer; data: OrgProfileData }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const leaderboardId = useId();
  const form = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(formSchema), defaultValues: toForm(data.org) });
  useEffect(() => form.reset(toForm(data.org)), [data.org, form]);
  const save = useMutation(trpc.settings.org.update.mutationOptions());
  const errors = form.formState.errors;
  const readOnly = !viewer.canEdit;

  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const res = await save.mutateAsync({
        orgSlug: viewer.orgSlug,
        name: v.name,
        slug: v.slug,
        industry: v.industry,
        timezone: v.timezone,
        goalTarget: v.goalTarget,
        minPersonalTarget: v.minPersonalTarget,
        icpTitles: textToKeywords(v.icpTitles),
        icpIndustries: textToKeywords(v.icpIndustries),
        repLeaderboardEnabled: v.repLeaderboardEnabled,
      });
      qc.setQueryData(trpc.settings.org.get.queryKey({ orgSlug: res.org.slug }), { ...data, org: res.org });
      toast.success(res.changed.length ? "Organisation settings saved" : "Nothing to change");
      for (const w of res.warnings) toast.warning(w);
      if (res.org.slug !== viewer.orgSlug) {
        toast.info(`The address is now /o/${res.org.slug}. Old links keep working.`);
        router.replace(`/o/${res.org.slug}/settings`);
      }
      router.refresh();
    } catch (err) {
      setFormError(showServerErrors(form, err));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Organisation profile" className="space-y-6">
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <fieldset disabled={readOnly} className="space-y-6">
        <Card>
          <CardHeader title="Profile" description="How the organisation is named and reached." />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label="Name" autoComplete="organization" {...form.register("name")} error={errors.name?.message} />
            <TextField
              label="Address (slug)"
              hint={`Pages live at /o/${form.watch("slug") || "…"}; the old address keeps redirecting after a change.`}
              autoCapitalize="none"
              spellCheck={false}
              {...form.register("slug")}
              error={errors.slug?.message}
            />
            <SelectField label="Industry" hint="Drives the industry benchmark and rank." {...form.register("industry")} error={errors.industry?.message}>
              {data.industries.map((i) => (
                <option key={i.key} value={i.key}>
                  {i.label}
                </option>
              ))}
            </SelectField>
            <SelectField label="Time zone" hint="Weekly snapshots close on Monday 00:05 here; reports go out at the local hour." {...form.register("timezone")} error={errors.timezone?.message}>
              {data.timeZones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </SelectField>
          </div>
        </Card>

        <Card>
          <CardHeader title="Goals" description="A score around 70 or higher is the usual mark of a good SSI." />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label="Goal target"
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              hint="Default 70. Every rep without a personal target aims for this."
              {...form.register("goalTarget", { setValueAs: numberOrNull })}
              error={errors.goalTarget?.message}
            />
            <TextField
              label="Minimum personal target (optional)"
              type="number"
              inputMode="numeric"
              min={1}
              max={100}
              hint="Reps can set their own target, but not below this. Empty: any."
              {...form.register("minPersonalTarget", { setValueAs: numberOrNull })}
              error={errors.minPersonalTarget?.message}
            />
          </div>
        </Card>

        <Card>
          <CardHeader title="Ideal customer profile" description="Connections whose title or industry matches count toward “Find the right people”. Changing them recomputes every rep's score." />
          <div className="grid gap-4 sm:grid-cols-2">
            <KeywordField label="Titles" hint="Commas or new lines, e.g. VP, Director, Head of" {...form.register("icpTitles")} error={errors.icpTitles?.message} />
            <KeywordField label="Industries" hint="e.g. Logistics, Manufacturing, Retail" {...form.register("icpIndustries")} error={errors.icpIndustries?.message} />
          </div>
        </Card>

        <Card>
          <CardHeader title="Leaderboard" />
          <div className="flex items-start gap-3">
            <input id={leaderboardId} type="checkbox" className="mt-0.5 size-4 accent-brand-500" {...form.register("repLeaderboardEnabled")} />
            <label htmlFor={leaderboardId} className="text-sm text-slate-700">
              <span className="font-medium text-slate-900">Reps see a named leaderboard</span>
              <span className="block text-slate-500">Names and totals of their team. Off: reps see only their own score and rank.</span>
            </label>
          </div>
        </Card>
      </fieldset>
      {readOnly ? null : (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" loading={save.isPending}>
            Save organisation settings
          </Button>
          {form.formState.isDirty ? <span className="text-sm text-slate-500">Unsaved changes</span> : null}
        </div>
      )}
    </form>
  );
}
