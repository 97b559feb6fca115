"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { Card, CardHeader } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";

export function ReportPreferences({ orgSlug, orgName }: { orgSlug: string; orgName: string }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const prefs = useQuery(trpc.me.reportPreferences.queryOptions({ orgSlug }));
  const save = useMutation(
    trpc.me.setReportPreferences.mutationOptions({
      onSuccess: (r) => {
        toast.success(r.emailReports ? "Weekly reports are on" : "Weekly reports are off");
        void qc.invalidateQueries({ queryKey: trpc.me.reportPreferences.queryKey({ orgSlug }) });
      },
      onError: (e) => toast.error(e.message),
    }),
  );
  return (
    <Card>
      <CardHeader title="Weekly report e-mail" description={`Your score, what changed and your top actions, every week from ${orgName}.`} />
      {prefs.isLoading ? (
        <Skeleton className="h-6 w-64" />
      ) : prefs.data ? (
        <label className="flex items-center gap-3 text-sm">
          <input
            type="checkbox"
            className="size-4 accent-brand-500"
            checked={prefs.data.emailReports}
            disabled={save.isPending}
            onChange={(e) => save.mutate({ orgSlug, emailReports: e.target.checked })}
          />
          Send my weekly report to {prefs.data.email}
        </label>
      ) : (
        <p className="text-sm text-red-700">Could not load your settings.</p>
      )}
    </Card>
  );
}
