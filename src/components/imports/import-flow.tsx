"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { SelectField } from "~/components/ui/field";
import { useTRPC } from "~/trpc/react";
import { ImportSummaryView } from "./import-summary";
import { ProgressBar } from "./progress-bar";
import { uploadFile } from "./upload-file";

type Phase = { step: "idle" } | { step: "uploading"; fraction: number } | { step: "importing"; importJobId: string } | { step: "error"; message: string };

const ACCEPT = ".zip,.csv,application/zip,text/csv";

/** Choose or drop an archive → upload with progress → live import progress → per-file summary. */
export function ImportFlow({ orgSlug, reps, maxMb }: { orgSlug: string; reps: { id: string; displayName: string }[] | null; maxMb: number }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [repId, setRepId] = useState("");
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [dragging, setDragging] = useState(false);

  const importJobId = phase.step === "importing" ? phase.importJobId : "";
  const status = useQuery({
    ...trpc.imports.get.queryOptions({ orgSlug, importJobId }),
    enabled: Boolean(importJobId),
    refetchInterval: (q) => (q.state.data && ["SUCCEEDED", "FAILED"].includes(q.state.data.status) ? false : 700),
  });
  const done = status.data?.status === "SUCCEEDED";
  const failed = status.data?.status === "FAILED";
  const score = useQuery({ ...trpc.score.current.queryOptions({ orgSlug, ...(repId ? { repId } : {}) }), enabled: done });

  function choose(f: File | undefined | null) {
    if (!f) return;
    if (!/\.(zip|csv)$/i.test(f.name)) {
      setPhase({ step: "error", message: "Choose the ZIP file LinkedIn sent you, or one CSV file from it." });
      return;
    }
    if (f.size > maxMb * 1024 * 1024) {
      setPhase({ step: "error", message: `That file is ${(f.size / 1024 / 1024).toFixed(0)} MB; the limit is ${maxMb} MB.` });
      return;
    }
    setFile(f);
    setPhase({ step: "idle" });
  }

  async function start() {
    if (!file) return;
    setPhase({ step: "uploading", fraction: 0 });
    const qs = new URLSearchParams({ org: orgSlug, name: file.name, ...(repId ? { rep: repId } : {}) });
    try {
      const res = await uploadFile(`/api/imports?${qs}`, file, (fraction) => setPhase({ step: "uploading", fraction }));
      if (res.status !== 202 || !res.body.importJobId) {
        setPhase({ step: "error", message: res.body.error?.message ?? "The upload failed. Try again." });
        return;
      }
      setPhase({ step: "importing", importJobId: res.body.importJobId });
      void queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey({ orgSlug }) });
    } catch (err) {
      setPhase({ step: "error", message: (err as Error).message });
    }
  }

  const busy = phase.step === "uploading" || (phase.step === "importing" && !done && !failed);
  // Once the import finishes, the list beside it shows the result (an effect: never during render).
  useEffect(() => {
    if (done) void queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey({ orgSlug }) });
  }, [done, queryClient, trpc, orgSlug]);

  return (
    <Card>
      <CardHeader title="Upload your LinkedIn data" description={`The ZIP from LinkedIn's “Get a copy of your data” (Complete is best), or one CSV from it. Up to ${maxMb} MB.`} />
      <div className="space-y-4">
        {reps ? (
          <SelectField label="Import for" value={repId} onChange={(e) => setRepId(e.target.value)} disabled={busy}>
            <option value="">Myself</option>
            {reps.map((r) => (
              <option key={r.id} value={r.id}>
                {r.displayName}
              </option>
            ))}
          </SelectField>
        ) : null}
        <div
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            choose(e.dataTransfer.files[0]);
          }}
          className={`rounded-xl border-2 border-dashed px-6 py-8 text-center ${dragging ? "border-brand-500 bg-brand-50" : "border-slate-300 bg-slate-50"}`}
        >
          <label htmlFor={inputId} className="block text-sm text-slate-700">
            <span className="font-medium text-brand-600 underline">Choose a file</span> or drop it here
          </label>
          <input ref={inputRef} id={inputId} type="file" accept={ACCEPT} className="sr-only" disabled={busy} onChange={(e) => choose(e.target.files?.[0])} />
          {file ? (
            <p className="mt-2 text-sm text-slate-600">
              {file.name} · {file.size < 1024 * 1024 ? `${Math.max(1, Math.round(file.size / 1024))} KB` : `${(file.size / 1024 / 1024).toFixed(1)} MB`}
            </p>
          ) : null}
        </div>
        <Button onClick={() => void start()} disabled={!file || busy} loading={phase.step === "uploading"}>
          Import
        </Button>

        <div aria-live="polite" className="space-y-4">
          {phase.step === "error" ? <Alert tone="error">{phase.message}</Alert> : null}
          {phase.step === "uploading" ? <ProgressBar value={phase.fraction * 100} label="Uploading" /> : null}
          {phase.step === "importing" ? (
            <ProgressBar value={status.data?.progress ?? 0} label={done ? "Import complete" : failed ? "Import failed" : "Importing and scoring"} />
          ) : null}
          {failed ? <Alert tone="error" title="The import failed; nothing from this file was stored">{status.data?.error}</Alert> : null}
          {done && status.data?.result ? (
            <>
              <Alert tone="success" title="Import complete">
                {score.data?.score ? (
                  <>
                    {repId ? "Their" : "Your"} score is now <strong className="tabular-nums">{score.data.score.total.toFixed(1)}</strong>.{" "}
                  </>
                ) : null}
                <Link className="font-medium underline" href={repId ? `/o/${orgSlug}/reps/${repId}` : `/o/${orgSlug}/dashboard`} onClick={() => toast.dismiss()}>
                  Open the dashboard
                </Link>
              </Alert>
              <ImportSummaryView summary={status.data.result} />
            </>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
