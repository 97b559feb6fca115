"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { toast } from "sonner";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { SelectField, TextField } from "~/components/ui/field";
import { Skeleton } from "~/components/ui/skeleton";
import { useTRPC } from "~/trpc/react";
import { ConfirmDialog } from "./confirm-dialog";
import { errorMessage } from "./format";
import { QueryError } from "./section";
import type { RepForDeletion, SettingsViewer } from "./types";

const repLabel = (r: RepForDeletion) => `${r.displayName}${r.user?.email ? ` (${r.user.email})` : ""}${r.archivedAt ? " — removed member" : ""}`;

/** Deletes one rep's activity, snapshots and readings on request; the rep stays a member. */
export function DeleteRepData({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const reps = useQuery(trpc.settings.data.reps.queryOptions({ orgSlug: viewer.orgSlug }));
  const [repId, setRepId] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = reps.data?.find((r) => r.id === repId) ?? null;
  const remove = useMutation(
    trpc.settings.data.deleteRepData.mutationOptions({
      onSuccess: (r) => {
        toast.success(`Deleted ${r.displayName}'s data: ${r.activities} activities, ${r.snapshots} weekly snapshots, ${r.readings} official readings.`);
        setConfirming(false);
        setRepId("");
        void qc.invalidateQueries({ queryKey: trpc.settings.data.reps.queryKey({ orgSlug: viewer.orgSlug }) });
      },
      onError: (err) => {
        setConfirming(false);
        toast.error(errorMessage(err));
      },
    }),
  );

  return (
    <Card>
      <CardHeader title="Delete one rep's data" description="When a rep asks: their activities, weekly snapshots, official SSI readings, current score, personal goal, imports and profile facts. Their membership stays; remove them under Members." />
      {reps.isPending ? (
        <Skeleton className="h-16 w-full" />
      ) : reps.isError ? (
        <QueryError title="Reps" error={reps.error} onRetry={() => void reps.refetch()} />
      ) : reps.data.length === 0 ? (
        <p className="text-sm text-slate-600">No reps in this organisation.</p>
      ) : (
        <div className="space-y-3">
          {error ? <Alert tone="error">{error}</Alert> : null}
          <div className="flex flex-wrap items-start gap-3">
            <div className="w-full max-w-md">
              <SelectField label="Rep" value={repId} onChange={(e) => { setRepId(e.target.value); setError(null); }}>
                <option value="">Choose a rep…</option>
                {reps.data.map((r) => (
                  <option key={r.id} value={r.id}>
                    {repLabel(r)}
                  </option>
                ))}
              </SelectField>
            </div>
            <Button
              variant="danger"
              className="sm:mt-6"
              onClick={() => (chosen ? setConfirming(true) : setError("Choose the rep whose data should be deleted."))}
            >
              Delete data…
            </Button>
          </div>
        </div>
      )}
      <ConfirmDialog
        open={confirming && chosen !== null}
        title={`Delete ${chosen?.displayName ?? ""}'s data?`}
        confirmLabel="Delete their data"
        pending={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => chosen && remove.mutate({ orgSlug: viewer.orgSlug, repId: chosen.id })}
      >
        <p>All activities, weekly snapshots, official readings, the current score, the personal goal, imports and profile facts of {chosen?.displayName} are deleted for good. Their score starts again from zero.</p>
        <p>Consider an export first if you need a copy.</p>
      </ConfirmDialog>
    </Card>
  );
}

/** Deletes the whole organisation once its exact name is typed; then leaves for "/". */
export function DeleteOrganization({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const formId = useId();
  const matches = typed === viewer.orgName;
  const remove = useMutation(
    trpc.settings.data.deleteOrganization.mutationOptions({
      onSuccess: () => {
        toast.success(`${viewer.orgName} was deleted`);
        // A full navigation: every cached page and query of the organisation is gone.
        window.location.assign("/");
      },
      onError: (err) => {
        setConfirming(false);
        setError(errorMessage(err));
      },
    }),
  );

  return (
    <Card className="ring-red-200">
      <CardHeader title="Delete the organisation" description="Everything of the organisation goes: members' access, teams, reps, scores, history, imports, exports, API keys, audit log and scheduled reports. People's accounts stay (they may belong to other organisations). This cannot be undone." />
      <form
        id={formId}
        aria-label="Delete the organisation"
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (matches) setConfirming(true);
          else setError(`Type ${viewer.orgName} exactly to continue.`);
        }}
      >
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="max-w-md">
          <TextField
            label={
              <>
                Type <strong className="font-semibold">{viewer.orgName}</strong> to confirm
              </>
            }
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              setError(null);
            }}
          />
        </div>
        <Button type="submit" variant="danger" disabled={!matches}>
          Delete this organisation…
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${viewer.orgName} for good?`}
        confirmLabel="Delete the organisation"
        pending={remove.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate({ orgSlug: viewer.orgSlug, confirmName: typed })}
      >
        <p>All data of {viewer.orgName} is deleted now, with its queued jobs and schedules. Nobody can open it afterwards.</p>
      </ConfirmDialog>
    </Card>
  );
}
