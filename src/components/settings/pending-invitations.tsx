"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { Skeleton } from "~/components/ui/skeleton";
import { roleLabel } from "~/lib/settings/schemas";
import { useTRPC } from "~/trpc/react";
import { ConfirmDialog } from "./confirm-dialog";
import { errorMessage, formatDate, formatInstant } from "./format";
import { QueryError } from "./section";
import type { PendingInvitation, SettingsViewer } from "./types";

export function PendingInvitations({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const listKey = trpc.settings.invitations.list.queryKey({ orgSlug: viewer.orgSlug });
  const query = useQuery(trpc.settings.invitations.list.queryOptions({ orgSlug: viewer.orgSlug }));
  const [revoking, setRevoking] = useState<PendingInvitation | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: listKey });
  const resend = useMutation(
    trpc.settings.invitations.resend.mutationOptions({
      onSuccess: (r) => {
        if (r.emailSent) toast.success(`Sent again to ${r.email} with a new link`);
        else toast.warning(`A new link for ${r.email} is ready, but the e-mail could not be sent. Try again in a moment.`);
        void refresh();
      },
      onError: (err) => toast.error(errorMessage(err)),
    }),
  );
  // Optimistic: the row disappears at once and comes back if the server refuses.
  const revoke = useMutation(
    trpc.settings.invitations.revoke.mutationOptions({
      onMutate: async (vars) => {
        await qc.cancelQueries({ queryKey: listKey });
        const previous = qc.getQueryData<PendingInvitation[]>(listKey);
        qc.setQueryData<PendingInvitation[]>(listKey, (rows) => rows?.filter((r) => r.id !== vars.invitationId));
        setRevoking(null);
        return { previous };
      },
      onError: (err, _v, ctx) => {
        if (ctx?.previous) qc.setQueryData(listKey, ctx.previous);
        toast.error(errorMessage(err));
      },
      onSuccess: () => toast.success("Invitation withdrawn: its link no longer works"),
      onSettled: () => void refresh(),
    }),
  );

  return (
    <Card>
      <CardHeader title="Pending invitations" description="Not accepted yet. Resend makes a new link (the old one stops working) valid for 7 more days." />
      {query.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : query.isError ? (
        <QueryError title="Pending invitations" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <p className="text-sm text-slate-600">No pending invitations.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Pending invitations">
          {query.data.map((inv) => (
            <li key={inv.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <p className="truncate font-medium text-slate-900">{inv.email}</p>
                <p className="text-sm text-slate-600">
                  {roleLabel(inv.role)}
                  {inv.team ? ` · ${inv.team.name}` : ""} · sent {formatInstant(inv.lastSentAt, viewer.timeZone)}
                  {inv.invitedBy ? ` by ${inv.invitedBy}` : ""} ·{" "}
                  {inv.expired ? <span className="font-medium text-amber-700">expired</span> : <>expires {formatDate(inv.expiresAt, viewer.timeZone)}</>}
                </p>
              </div>
              <div className="flex gap-2">
                <Button
                  variant="secondary"
                  size="sm"
                  loading={resend.isPending && resend.variables?.invitationId === inv.id}
                  onClick={() => resend.mutate({ orgSlug: viewer.orgSlug, invitationId: inv.id })}
                  aria-label={`Resend the invitation to ${inv.email}`}
                >
                  Resend
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setRevoking(inv)} aria-label={`Revoke the invitation to ${inv.email}`}>
                  Revoke
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        pending={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revoke.mutate({ orgSlug: viewer.orgSlug, invitationId: revoking.id })}
      >
        <p>The link sent to {revoking?.email} stops working. You can invite them again later.</p>
      </ConfirmDialog>
    </Card>
  );
}
