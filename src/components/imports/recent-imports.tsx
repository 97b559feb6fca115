"use client";

import { useQuery } from "@tanstack/react-query";
import { Card, CardHeader } from "~/components/ui/card";
import { formatDateTime } from "~/lib/format/dates";
import { formatCount } from "~/lib/format/number";
import { useTRPC } from "~/trpc/react";

const STATUS: Record<string, { text: string; cls: string }> = {
  QUEUED: { text: "Queued", cls: "bg-slate-100 text-slate-700" },
  RUNNING: { text: "Running", cls: "bg-brand-50 text-brand-700" },
  SUCCEEDED: { text: "Done", cls: "bg-emerald-50 text-emerald-700" },
  FAILED: { text: "Failed", cls: "bg-red-50 text-red-700" },
};

/** Dates in the organisation's time zone, so the server render and the browser agree. */
export function RecentImports({ orgSlug, timeZone }: { orgSlug: string; timeZone: string }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.imports.list.queryOptions({ orgSlug }));
  const rows = list.data ?? [];
  return (
    <Card>
      <CardHeader title="Recent imports" />
      {list.isError ? <p className="text-sm text-red-700">Could not load the list. <button className="underline" onClick={() => void list.refetch()}>Retry</button></p> : null}
      {rows.length === 0 && !list.isLoading ? <p className="text-sm text-slate-600">No imports yet.</p> : null}
      <ul className="divide-y divide-slate-100">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
            <span className="min-w-0">
              <span className="block truncate font-medium text-slate-800">{r.fileName}</span>
              <span className="text-xs text-slate-500">
                {r.repName} · {formatDateTime(r.createdAt, timeZone)}
                {r.result ? ` · ${formatCount(r.result.imported)} new, ${formatCount(r.result.duplicates)} duplicates` : ""}
              </span>
              {r.error ? <span className="block text-xs text-red-700">{r.error}</span> : null}
            </span>
            <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS[r.status]?.cls ?? ""}`}>{STATUS[r.status]?.text ?? r.status}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
