"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";

type Kind = "REP_REPORT" | "MANAGER_REPORT";

/** Admins preview any member's report for the current week and send a test to themselves. */
export function ReportPreview({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.reports.members.queryOptions({ orgSlug }));
  const [userId, setUserId] = useState("");
  const [kind, setKind] = useState<Kind>("REP_REPORT");
  const chosen = userId || members.data?.find((m) => m.role === "REP")?.userId || "";
  const preview = useQuery({ ...trpc.reports.preview.queryOptions({ orgSlug, userId: chosen, kind }), enabled: Boolean(chosen) });
  const sendTest = useMutation(
    trpc.reports.sendTest.mutationOptions({
      onSuccess: (r) => (r ? toast.success(`Test sent to ${r.to}`) : toast.error("Nothing to send for this member yet")),
      onError: (e) => toast.error(e.message),
    }),
  );

  return (
    <Card>
      <CardHeader title="Preview a weekly report" description="The e-mail as this member would receive it for the last completed week." />
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <SelectField label="Member" value={chosen} onChange={(e) => setUserId(e.target.value)} disabled={!members.data}>
          {members.data?.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name} ({m.role.toLowerCase()}){m.emailReports ? "" : " — unsubscribed"}
            </option>
          ))}
        </SelectField>
        <SelectField label="Report" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="REP_REPORT">Rep report</option>
          <option value="MANAGER_REPORT">Manager report</option>
        </SelectField>
        <Button variant="secondary" loading={sendTest.isPending} disabled={!preview.data} onClick={() => sendTest.mutate({ orgSlug, userId: chosen, kind })}>
          Send a test to me
        </Button>
      </div>
      <div className="mt-4">
        {preview.isLoading || members.isLoading ? <Skeleton className="h-96" /> : null}
        {preview.isError ? (
          <Alert tone="error">
            {preview.error.message}{" "}
            <button className="underline" onClick={() => void preview.refetch()}>
              Retry
            </button>
          </Alert>
        ) : null}
        {preview.data === null ? <Alert tone="info">No report for this member this week (no snapshot yet, or not a manager of any team).</Alert> : null}
        {preview.data ? (
          <>
            <p className="mb-2 text-sm text-slate-700">
              <span className="text-slate-500">Subject:</span> {preview.data.subject}
            </p>
            <iframe title="E-mail preview" sandbox="" srcDoc={preview.data.html} className="h-[720px] w-full rounded-lg border border-slate-200 bg-white" />
          </>
        ) : null}
      </div>
    </Card>
  );
}
