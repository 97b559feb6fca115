"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { ProgressBar } from "~/components/imports/progress-bar";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { errorMessage, formatInstant } from "./format";
import { QueryError } from "./section";
import type { ExportRow, SettingsViewer } from "./types";

const FORMATS = [
  { value: "json", label: "JSON", hint: "One file per table, easy to load into code" },
  { value: "csv", label: "CSV", hint: "One file per table, opens in a spreadsheet" },
] as const;
type Format = (typeof FORMATS)[number]["value"];

const STATUS: Record<ExportRow["status"], { label: string; cls: string }> = {
  QUEUED: { label: "Waiting", cls: "bg-slate-100 text-slate-700" },
  RUNNING: { label: "Running", cls: "bg-brand-50 text-brand-700" },
  SUCCEEDED: { label: "Ready", cls: "bg-emerald-50 text-emerald-800" },
  FAILED: { label: "Failed", cls: "bg-red-50 text-red-800" },
};

const busy = (rows: ExportRow[] | undefined) => Boolean(rows?.some((r) => r.status === "QUEUED" || r.status === "RUNNING"));

/** Starts a ZIP export of all the organisation's data and lists recent ones (polled while running). */
export function DataExport({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [format, setFormat] = useState<Format>("json");
  const listKey = trpc.settings.data.exports.queryKey({ orgSlug: viewer.orgSlug });
  const query = useQuery({
    ...trpc.settings.data.exports.queryOptions({ orgSlug: viewer.orgSlug }),
    refetchInterval: (q) => (busy(q.state.data) ? 1500 : false),
  });
  const start = useMutation(
    trpc.settings.data.startExport.mutationOptions({
      onSuccess: (r) => {
        if (r.alreadyRunning) toast.info("An export is already running: it is in the list below.");
        else toast.success("Export started. It runs in the background; the download appears here.");
        void qc.invalidateQueries({ queryKey: listKey });
      },
      onError: (err) => toast.error(errorMessage(err)),
    }),
  );
  const running = busy(query.data);

  return (
    <Card>
      <CardHeader title="Export all data" description="Every table of the organisation in a ZIP: members, teams, reps, activities, snapshots, goals, readings, audit log. Downloads are kept for 7 days." />
      <div className="space-y-4">
        <fieldset>
          <legend className="text-sm font-medium text-slate-700">Format</legend>
          <div className="mt-2 flex flex-wrap gap-6">
            {FORMATS.map((f) => (
              <label key={f.value} className="flex items-start gap-2 text-sm">
                <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} className="mt-0.5 size-4 accent-brand-500" />
                <span>
                  <span className="font-medium text-slate-900">{f.label} in a ZIP</span>
                  <span className="block text-slate-500">{f.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <Button onClick={() => start.mutate({ orgSlug: viewer.orgSlug, format })} loading={start.isPending} disabled={running}>
          {running ? "Export running…" : "Start export"}
        </Button>
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-900">Recent exports</h3>
          {query.isPending ? (
            <Skeleton className="h-20 w-full" />
          ) : query.isError ? (
            <QueryError title="Exports" error={query.error} onRetry={() => void query.refetch()} />
          ) : query.data.length === 0 ? (
            <p className="text-sm text-slate-600">No exports yet.</p>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Recent exports" aria-live="polite">
              {query.data.map((r) => (
                <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-testid="export-row">
                  <div className="min-w-0 flex-1 space-y-1">
                    <p className="text-sm text-slate-900">
                      <span className="font-medium">{r.format.toUpperCase()}</span> · started {formatInstant(r.createdAt, viewer.timeZone)}{" "}
                      <span className={cn("ml-1 rounded-full px-2 py-0.5 text-xs font-medium", STATUS[r.status].cls)}>{STATUS[r.status].label}</span>
                    </p>
                    {r.status === "RUNNING" || r.status === "QUEUED" ? (
                      <div className="max-w-sm">
                        <ProgressBar value={r.progress} label="Progress" />
                      </div>
                    ) : r.status === "FAILED" ? (
                      <p className="text-sm text-red-700">{r.error ?? "The export failed. Start a new one."}</p>
                    ) : r.downloadable ? (
                      <p className="text-xs text-slate-500">
                        Finished {formatInstant(r.finishedAt, viewer.timeZone)}
                        {r.expiresAt ? ` · available until ${formatInstant(r.expiresAt, viewer.timeZone)}` : ""}
                      </p>
                    ) : (
                      <p className="text-xs text-slate-500">Expired: start a new export.</p>
                    )}
                  </div>
                  {r.downloadUrl ? (
                    <a
                      href={r.downloadUrl}
                      download
                      className="inline-flex items-center rounded-md bg-white px-2.5 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50"
                    >
                      Download ZIP
                    </a>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Card>
  );
}
