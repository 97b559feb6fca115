"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { useTRPC } from "~/trpc/react";
import { errorMessage } from "./format";
import type { BenchmarkPreview, SettingsViewer } from "./types";

const BENCHMARK_HEADER = "industry,label,total_mean,total_sd,brand_mean,find_people_mean,engage_mean,relationships_mean,sample_size,source,as_of";
const MAX_CHARS = 200_000;

/** "line 4: total_mean: …" → { line: 4, message: "total_mean: …" }. */
function splitProblem(p: string): { line: number | null; message: string } {
  const m = /^line (\d+): (.*)$/s.exec(p);
  return m ? { line: Number(m[1]), message: m[2]! } : { line: null, message: p };
}

/** Paste or upload a CSV, check it (nothing saved), see the rows and every problem, then save. */
export function BenchmarkUpload({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [csv, setCsv] = useState("");
  const [checked, setChecked] = useState<{ csv: string; result: BenchmarkPreview } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const textId = useId();
  const fileId = useId();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const preview = useMutation(trpc.settings.benchmarks.preview.mutationOptions());
  const save = useMutation(trpc.settings.benchmarks.save.mutationOptions());

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_CHARS) return setError("The file is larger than 200 KB.");
    setCsv(await file.text());
    setChecked(null);
    setError(null);
  };

  const check = async () => {
    setError(null);
    if (!csv.trim()) {
      setError("Paste or upload a CSV first.");
      document.getElementById(textId)?.focus();
      return;
    }
    try {
      const result = await preview.mutateAsync({ orgSlug: viewer.orgSlug, csv });
      setChecked({ csv, result });
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const submit = async () => {
    if (!checked) return;
    setError(null);
    try {
      const res = await save.mutateAsync({ orgSlug: viewer.orgSlug, csv: checked.csv });
      toast.success(`Saved ${res.saved} industr${res.saved === 1 ? "y" : "ies"}: your benchmark is in use now`);
      setChecked(null);
      setCsv("");
      await qc.invalidateQueries({ queryKey: trpc.settings.benchmarks.get.queryKey({ orgSlug: viewer.orgSlug }) });
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const result = checked?.result;
  const stale = checked !== null && checked.csv !== csv;
  const problems = (result?.errors ?? []).map(splitProblem);

  return (
    <Card>
      <CardHeader title="Upload your own benchmark" description={<>A CSV with the header below, one industry per row; scores out of 100 (pillars out of 25), dates as YYYY-MM-DD.</>} />
      <div className="space-y-4">
        <pre className="overflow-x-auto rounded-md bg-slate-50 p-2 text-xs text-slate-700 ring-1 ring-slate-200">{BENCHMARK_HEADER}</pre>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium text-slate-700">
            Upload a .csv file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => void onFile(e.target.files?.[0])}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={textId} className="block text-sm font-medium text-slate-700">
            Or paste the CSV
          </label>
          <textarea
            id={textId}
            rows={6}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            spellCheck={false}
            placeholder={`${BENCHMARK_HEADER}\nlogistics,Logistics,52.4,11.2,13.1,12.5,12.0,14.8,1200,Our 2026 survey,2026-10-01`}
            className="block w-full rounded-md border-0 px-3 py-2 font-mono text-xs ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={() => void check()} loading={preview.isPending}>
            Check the CSV
          </Button>
          <Button onClick={() => void submit()} loading={save.isPending} disabled={!result || stale || problems.length > 0 || result.rows.length === 0}>
            Save as our benchmark
          </Button>
        </div>
        {stale ? <p className="text-sm text-amber-800">The text changed since the check: check it again before saving.</p> : null}
        {result ? (
          <div className="space-y-3">
            <h3 ref={resultRef} tabIndex={-1} className="text-sm font-semibold text-slate-900 outline-none">
              {result.rows.length} valid row{result.rows.length === 1 ? "" : "s"}, {problems.length} problem{problems.length === 1 ? "" : "s"}
              {problems.length ? ": fix them and check again (nothing is saved until every row is valid)" : ": ready to save"}
            </h3>
            {problems.length ? (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm" data-testid="benchmark-problems">
                  <caption className="sr-only">Problems per line of the CSV</caption>
                  <thead className="text-xs text-slate-500 uppercase">
                    <tr>
                      <th scope="col" className="w-16 py-1 pr-3">Line</th>
                      <th scope="col" className="py-1">Problem</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-red-100">
                    {problems.map((p, i) => (
                      <tr key={i} className="text-red-800">
                        <td className="py-1.5 pr-3 tabular-nums">{p.line ?? "—"}</td>
                        <td className="py-1.5">{p.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
            {result.rows.length ? <PreviewRows rows={result.rows} /> : null}
          </div>
        ) : null}
      </div>
    </Card>
  );
}

function PreviewRows({ rows }: { rows: BenchmarkPreview["rows"] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm" data-testid="benchmark-preview">
        <caption className="sr-only">Valid rows of the CSV</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500 uppercase">
          <tr>
            <th scope="col" className="py-1 pr-3">Industry</th>
            <th scope="col" className="py-1 pr-3 text-right">Total (sd)</th>
            <th scope="col" className="py-1 pr-3 text-right">Brand</th>
            <th scope="col" className="py-1 pr-3 text-right">People</th>
            <th scope="col" className="py-1 pr-3 text-right">Engage</th>
            <th scope="col" className="py-1 pr-3 text-right">Relationships</th>
            <th scope="col" className="py-1 pr-3 text-right">Sample</th>
            <th scope="col" className="py-1">Source, as of</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 tabular-nums">
          {rows.map((r) => (
            <tr key={r.industry}>
              <td className="py-1.5 pr-3">
                <span className="font-medium text-slate-900">{r.label}</span> <span className="text-xs text-slate-500">{r.industry}</span>
              </td>
              <td className="py-1.5 pr-3 text-right">
                {r.total_mean} ({r.total_sd})
              </td>
              <td className="py-1.5 pr-3 text-right">{r.brand_mean}</td>
              <td className="py-1.5 pr-3 text-right">{r.find_people_mean}</td>
              <td className="py-1.5 pr-3 text-right">{r.engage_mean}</td>
              <td className="py-1.5 pr-3 text-right">{r.relationships_mean}</td>
              <td className="py-1.5 pr-3 text-right">{r.sample_size.toLocaleString("en-US")}</td>
              <td className="py-1.5 text-slate-600">
                {r.source}, {r.as_of}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
