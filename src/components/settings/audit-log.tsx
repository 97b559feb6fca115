"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { SelectField, TextField } from "~/components/ui/field";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { AuditDiff } from "./audit-diff";
import { auditInput, auditSearchFromView, auditViewFromSearch, type AuditView } from "./audit-params";
import { formatInstant } from "./format";
import { QueryError } from "./section";
import type { SettingsViewer } from "./types";

/** "member.role_changed" → "Member role changed". */
const actionLabel = (action: string) => {
  const text = action.replace(/[._]/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
};

/**
 * The audit log with its filters in the URL (History API, observed by Next's router: the query
 * refetches from its new key without a server round trip).
 */
export function AuditLog({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const sp = useSearchParams();
  const pathname = usePathname();
  const view = useMemo(() => auditViewFromSearch(new URLSearchParams(sp.toString())), [sp]);
  const update = useCallback(
    (patch: Partial<AuditView>) => {
      // Any filter change goes back to page 1.
      const next = { ...view, ...patch, page: patch.page ?? 1 };
      const qs = auditSearchFromView(next).toString();
      window.history.pushState(null, "", qs ? `${pathname}?${qs}` : pathname);
    },
    [view, pathname],
  );
  const filters = useQuery(trpc.settings.audit.filters.queryOptions({ orgSlug: viewer.orgSlug }));
  const query = useQuery({ ...trpc.settings.audit.list.queryOptions(auditInput(viewer.orgSlug, view)), placeholderData: keepPreviousData });

  const groups = useMemo(() => [...new Set((filters.data?.actions ?? []).map((a) => a.split(".")[0]!).filter(Boolean))].sort(), [filters.data]);
  const filtered = Boolean(view.actorId || view.action || view.from || view.to);

  return (
    <div className="space-y-4">
      <Card>
        <form aria-label="Filter the audit log" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto]" onSubmit={(e) => e.preventDefault()}>
          <SelectField label="Who" value={view.actorId ?? ""} onChange={(e) => update({ actorId: e.target.value || null })} disabled={filters.isPending}>
            <option value="">Anyone</option>
            {(filters.data?.actors ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </SelectField>
          <SelectField label="Action" value={view.action ?? ""} onChange={(e) => update({ action: e.target.value || null })} disabled={filters.isPending}>
            <option value="">Any action</option>
            {groups.length > 1 ? (
              <optgroup label="Kinds">
                {groups.map((g) => (
                  <option key={g} value={`${g}.`}>
                    All {actionLabel(g).toLowerCase()} actions
                  </option>
                ))}
              </optgroup>
            ) : null}
            <optgroup label="Actions">
              {(filters.data?.actions ?? []).map((a) => (
                <option key={a} value={a}>
                  {actionLabel(a)}
                </option>
              ))}
            </optgroup>
          </SelectField>
          <TextField label="From" type="date" value={view.from ?? ""} max={view.to ?? undefined} onChange={(e) => update({ from: e.target.value || null })} />
          <TextField label="To" type="date" value={view.to ?? ""} min={view.from ?? undefined} onChange={(e) => update({ to: e.target.value || null })} />
          <div className="flex items-end">
            <Button type="button" variant="ghost" disabled={!filtered} onClick={() => update({ actorId: null, action: null, from: null, to: null })}>
              Clear filters
            </Button>
          </div>
        </form>
        <p className="mt-3 text-xs text-slate-500">Dates are days in {viewer.timeZone.replaceAll("_", " ")}, both included.</p>
      </Card>

      {query.isPending ? (
        <Skeleton className="h-96 w-full" />
      ) : query.isError ? (
        <QueryError title="The audit log" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.total === 0 ? (
        <EmptyState title={filtered ? "Nothing matches these filters" : "Nothing recorded yet"}>
          {filtered ? "Try a wider date range or another person or action." : "Changes to settings, members, teams and keys appear here."}
        </EmptyState>
      ) : (
        <Card className="p-0" aria-busy={query.isFetching || undefined}>
          <ol className="divide-y divide-slate-100" aria-label="Audit entries, newest first">
            {query.data.rows.map((r) => (
              <li key={r.id} data-testid="audit-row">
                <details className="group px-4 py-3">
                  <summary className="flex cursor-pointer list-none flex-wrap items-baseline gap-x-3 gap-y-1 text-sm marker:hidden">
                    <span aria-hidden="true" className="text-slate-400 transition-transform group-open:rotate-90">›</span>
                    <time dateTime={r.createdAt.toISOString()} className="w-36 shrink-0 tabular-nums text-slate-500">
                      {formatInstant(r.createdAt, viewer.timeZone)}
                    </time>
                    <span className="font-medium text-slate-900">{actionLabel(r.action)}</span>
                    <span className="text-slate-600">by {r.actor ? r.actor.name : "the system"}</span>
                    {r.targetType ? <span className="text-xs text-slate-400">{r.targetType}</span> : null}
                  </summary>
                  <div className="mt-3 space-y-2 pl-5">
                    {r.actor ? <p className="text-xs text-slate-500">{r.actor.email}</p> : null}
                    <AuditDiff before={r.before} after={r.after} />
                  </div>
                </details>
              </li>
            ))}
          </ol>
          <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-100 px-4 py-3 text-sm text-slate-600">
            <p aria-live="polite">
              {((query.data.page - 1) * query.data.pageSize + 1).toLocaleString("en-US")}–{Math.min(query.data.total, query.data.page * query.data.pageSize).toLocaleString("en-US")} of{" "}
              {query.data.total.toLocaleString("en-US")}
            </p>
            <div className="flex items-center gap-2">
              <Button variant="secondary" size="sm" onClick={() => update({ page: view.page - 1 })} disabled={view.page <= 1} aria-label="Previous page">
                ‹ Prev
              </Button>
              <span className="tabular-nums">
                Page {query.data.page} of {query.data.pages}
              </span>
              <Button variant="secondary" size="sm" onClick={() => update({ page: view.page + 1 })} disabled={view.page >= query.data.pages} aria-label="Next page">
                Next ›
              </Button>
            </div>
          </nav>
        </Card>
      )}
    </div>
  );
}
