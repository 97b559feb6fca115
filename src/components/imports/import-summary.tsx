"use client";

import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "~/server/api/root";
import { Alert } from "~/components/ui/alert";
import { formatCount } from "~/lib/format/number";

type ImportSummary = NonNullable<inferRouterOutputs<AppRouter>["imports"]["get"]["result"]>;

const PROFILE_FILES = new Set(["profile", "profile_summary", "positions", "education", "skills", "certifications", "languages", "projects", "publications", "volunteering", "honors"]);

/** Per-file counts (new / duplicates / rejected with reasons), notices and ignored files. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">
        <strong className="tabular-nums">{formatCount(summary.imported)}</strong> activities imported,{" "}
        <strong className="tabular-nums">{formatCount(summary.duplicates)}</strong> already stored (skipped),{" "}
        <strong className="tabular-nums">{formatCount(summary.rejected)}</strong> rows rejected.
        {summary.imported > 0 ? " Your weekly history is being recalculated in the background." : null}
      </p>
      {summary.notices.map((n) => (
        <Alert key={n} tone="warning">
          {n}
        </Alert>
      ))}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Import results per file</caption>
          <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="py-2 pr-3">File</th>
              <th scope="col" className="px-3 py-2 text-right">Rows</th>
              <th scope="col" className="px-3 py-2 text-right">Imported</th>
              <th scope="col" className="px-3 py-2 text-right">Duplicates</th>
              <th scope="col" className="px-3 py-2 text-right">Rejected</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {summary.files.map((f) => (
              <tr key={f.name} className="align-top">
                <td className="py-2 pr-3">
                  <span className="font-medium text-slate-800">{f.name}</span>
                  {PROFILE_FILES.has(f.kind) ? <span className="ml-2 text-xs text-slate-500">profile facts</span> : null}
                  {f.error ? <p className="text-xs text-red-700">{f.error}</p> : null}
                  {f.rejections.length > 0 ? (
                    <details className="mt-1 text-xs text-slate-600">
                      <summary className="cursor-pointer">Why {f.rejected} row{f.rejected === 1 ? " was" : "s were"} rejected</summary>
                      <ul className="mt-1 list-disc pl-5">
                        {f.rejections.map((r) => (
                          <li key={`${r.line}-${r.reason}`}>line {r.line}: {r.reason}</li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(f.rows)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{PROFILE_FILES.has(f.kind) ? "—" : formatCount(f.imported)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{PROFILE_FILES.has(f.kind) ? "—" : formatCount(f.duplicates)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(f.rejected)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary.unknownFiles.length + summary.ignoredFiles.length > 0 ? (
        <p className="text-xs text-slate-500">
          Not used: {[...summary.unknownFiles, ...summary.ignoredFiles.map((f) => `${f.name} (${f.reason})`)].join(", ")}.
        </p>
      ) : null}
    </div>
  );
}
