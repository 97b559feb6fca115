"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { TeamOptions } from "./team-options";
import { SelectField } from "~/components/ui/field";
import { BULK_INVITE_MAX_ROWS, INVITABLE_ROLES, roleLabel } from "~/lib/settings/schemas";
import { useTRPC } from "~/trpc/react";
import { errorMessage } from "./format";
import type { BulkInviteOutcome, SettingsViewer } from "./types";

const STATUS = {
  sent: { label: "Sent", cls: "bg-emerald-50 text-emerald-800" },
  "not-sent": { label: "Saved, e-mail failed", cls: "bg-amber-50 text-amber-900" },
  failed: { label: "Not invited", cls: "bg-red-50 text-red-800" },
} as const;

/** Many invitations from pasted or uploaded CSV, with a result for every row. */
export function BulkInvite({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const teams = useQuery(trpc.settings.teams.list.queryOptions({ orgSlug: viewer.orgSlug }));
  const [csv, setCsv] = useState("");
  const [role, setRole] = useState<(typeof INVITABLE_ROLES)[number]>("REP");
  const [teamId, setTeamId] = useState("");
  const [result, setResult] = useState<BulkInviteOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const textId = useId();
  const fileId = useId();
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const bulk = useMutation(trpc.settings.invitations.bulk.mutationOptions());

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 100_000) {
      setError("The file is larger than 100 KB.");
      return;
    }
    setCsv(await file.text());
    setError(null);
  };

  const submit = async () => {
    setError(null);
    if (!csv.trim()) {
      setError("Paste or upload at least one e-mail address.");
      document.getElementById(textId)?.focus();
      return;
    }
    try {
      const res = await bulk.mutateAsync({ orgSlug: viewer.orgSlug, csv, defaultRole: role, defaultTeamId: teamId || null });
      setResult(res);
      toast.success(`${res.sent} invitation${res.sent === 1 ? "" : "s"} sent${res.failed ? `, ${res.failed} not invited` : ""}`);
      await qc.invalidateQueries({ queryKey: trpc.settings.invitations.list.queryKey({ orgSlug: viewer.orgSlug }) });
      requestAnimationFrame(() => resultsRef.current?.focus());
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Card>
      <CardHeader title="Invite many (CSV)" description={`One person per line: email, role (admin, manager or rep) and team name; role and team are optional. Up to ${BULK_INVITE_MAX_ROWS} rows.`} />
      <div className="space-y-4">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="space-y-1">
          <label htmlFor={textId} className="block text-sm font-medium text-slate-700">
            CSV
          </label>
          <textarea
            id={textId}
            rows={5}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            placeholder={"email,role,team\nana@example.com,rep,Enterprise\nben@example.com,manager,"}
            className="block w-full rounded-md border-0 px-3 py-2 font-mono text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500"
          />
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="space-y-1">
            <label htmlFor={fileId} className="block text-sm font-medium text-slate-700">
              Or upload a .csv file
            </label>
            <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onFile(e.target.files?.[0])} className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-1.5 file:text-sm file:font-medium" />
          </div>
          <SelectField label="Role when not given" value={role} onChange={(e) => setRole(e.target.value as typeof role)}>
            {INVITABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </SelectField>
          <SelectField label="Team when not given" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <TeamOptions teams={teams.data} />
          </SelectField>
        </div>
        <Button onClick={() => void submit()} loading={bulk.isPending}>
          Invite everyone
        </Button>
        {result ? (
          <div className="space-y-2">
            <h3 ref={resultsRef} tabIndex={-1} className="text-sm font-semibold text-slate-900 outline-none">
              Results: {result.sent} sent, {result.notSent} saved without e-mail, {result.failed} not invited
            </h3>
            <div className="overflow-x-auto">
              <table className="w-full min-w-[32rem] text-left text-sm">
                <caption className="sr-only">Result per CSV row</caption>
                <thead className="text-xs text-slate-500 uppercase">
                  <tr>
                    <th scope="col" className="py-1 pr-3">Line</th>
                    <th scope="col" className="py-1 pr-3">E-mail</th>
                    <th scope="col" className="py-1 pr-3">Result</th>
                    <th scope="col" className="py-1">Details</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {result.results.map((r) => (
                    <tr key={`${r.line}-${r.email}`}>
                      <td className="py-1.5 pr-3 tabular-nums text-slate-500">{r.line}</td>
                      <td className="py-1.5 pr-3">{r.email || "—"}</td>
                      <td className="py-1.5 pr-3">
                        <span className={cn("rounded-full px-2 py-0.5 text-xs font-medium", STATUS[r.status].cls)}>{STATUS[r.status].label}</span>
                      </td>
                      <td className="py-1.5 text-slate-600">{r.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
