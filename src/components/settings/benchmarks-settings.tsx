"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { BenchmarkUpload } from "./benchmark-upload";
import { ConfirmDialog } from "./confirm-dialog";
import { errorMessage, formatDate } from "./format";
import { QueryError } from "./section";
import type { BenchmarksData, SettingsViewer } from "./types";

const SOURCE_TEXT = {
  organization: "your own uploaded benchmark",
  platform: "the platform's aggregate of its customers in this industry",
  reference: "the platform's published reference values",
} as const;

/** Which benchmark the organisation is compared with, its own rows, upload and removal. */
export function BenchmarksSettings({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.settings.benchmarks.get.queryOptions({ orgSlug: viewer.orgSlug }));
  return (
    <div className="space-y-6">
      {query.isPending ? (
        <Skeleton className="h-48 w-full" />
      ) : query.isError ? (
        <QueryError title="Benchmarks" error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <InUse data={query.data} />
          <OwnRows viewer={viewer} data={query.data} />
        </>
      )}
      <BenchmarkUpload viewer={viewer} />
    </div>
  );
}

function InUse({ data }: { data: BenchmarksData }) {
  const b = data.effective;
  return (
    <Card data-testid="benchmark-in-use">
      <CardHeader title="In use now" description={b ? `For ${b.label}: ${SOURCE_TEXT[b.source]}.` : `No benchmark is known for the industry “${data.industry}”.`} />
      {b ? (
        <dl className="grid grid-cols-2 gap-4 text-sm sm:grid-cols-4">
          <Stat label="Average total" value={`${b.totalMean.toFixed(1)} ± ${b.totalStdDev.toFixed(1)}`} />
          <Stat label="Brand · People" value={`${b.pillars.brand.toFixed(1)} · ${b.pillars.findPeople.toFixed(1)}`} />
          <Stat label="Engage · Relationships" value={`${b.pillars.engage.toFixed(1)} · ${b.pillars.relationships.toFixed(1)}`} />
          <Stat label="Sample, as of" value={`${b.sampleSize.toLocaleString("en-US")}, ${b.asOf}`} />
          <div className="col-span-full text-xs text-slate-500">Source: {b.sourceText}</div>
        </dl>
      ) : null}
    </Card>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
    </div>
  );
}

function OwnRows({ viewer, data }: { viewer: SettingsViewer; data: BenchmarksData }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation(
    trpc.settings.benchmarks.remove.mutationOptions({
      onSuccess: (r) => {
        toast.success(r.removed ? "Back to the platform's benchmark" : "You were already using the platform's benchmark");
        setConfirming(false);
        void qc.invalidateQueries({ queryKey: trpc.settings.benchmarks.get.queryKey({ orgSlug: viewer.orgSlug }) });
      },
      onError: (err) => toast.error(errorMessage(err)),
    }),
  );
  if (!data.rows.length) {
    return (
      <Card>
        <CardHeader title="Your own benchmark" description="None uploaded: the platform's benchmark is used. Upload one below to compare with your own reference instead." />
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader
        title="Your own benchmark"
        description={`${data.rows.length} industr${data.rows.length === 1 ? "y" : "ies"} uploaded. Industries not in it use the platform's values.`}
        action={
          <Button variant="secondary" size="sm" onClick={() => setConfirming(true)}>
            Use the platform&apos;s instead
          </Button>
        }
      />
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">Your uploaded benchmark</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-1 pr-3">Industry</th>
              <th scope="col" className="py-1 pr-3 text-right">Total (sd)</th>
              <th scope="col" className="py-1 pr-3 text-right">Sample</th>
              <th scope="col" className="py-1">Source, as of</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 tabular-nums">
            {data.rows.map((r) => (
              <tr key={r.id} className={r.industry === data.industry ? "bg-brand-50/50" : undefined}>
                <td className="py-1.5 pr-3 font-medium text-slate-900">
                  {r.industry}
                  {r.industry === data.industry ? <span className="ml-1 text-xs font-normal text-brand-700">(your industry)</span> : null}
                </td>
                <td className="py-1.5 pr-3 text-right">
                  {r.totalMean} ({r.totalStdDev})
                </td>
                <td className="py-1.5 pr-3 text-right">{r.sampleSize.toLocaleString("en-US")}</td>
                <td className="py-1.5 text-slate-600">
                  {r.source}, {formatDate(r.asOf, "UTC")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Go back to the platform's benchmark?"
        confirmLabel="Remove our benchmark"
        pending={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate({ orgSlug: viewer.orgSlug })}
      >
        <p>Your uploaded rows are deleted; industry comparisons use the platform&apos;s values again. You can upload a CSV again at any time.</p>
      </ConfirmDialog>
    </Card>
  );
}
