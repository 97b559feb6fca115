"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { TextField } from "~/components/ui/field";
import { toast } from "sonner";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Skeleton } from "~/components/ui/skeleton";
import { ASSIGNABLE_ROLES, roleLabel } from "~/lib/settings/schemas";
import { formatAgo } from "~/lib/format/dates";
import { useTRPC } from "~/trpc/react";
import { ConfirmDialog } from "./confirm-dialog";
import { errorMessage, formatInstant } from "./format";
import { QueryError } from "./section";
import type { MemberRowData, SettingsViewer } from "./types";

type Role = (typeof ASSIGNABLE_ROLES)[number];

export function MembersTable({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const listKey = trpc.settings.members.list.queryKey({ orgSlug: viewer.orgSlug });
  const query = useQuery(trpc.settings.members.list.queryOptions({ orgSlug: viewer.orgSlug }));
  const [filter, setFilter] = useState("");
  const [removing, setRemoving] = useState<MemberRowData | null>(null);

  // Optimistic: the new role shows at once and rolls back if the server refuses.
  const changeRole = useMutation(
    trpc.settings.members.changeRole.mutationOptions({
      onMutate: async (vars) => {
        await qc.cancelQueries({ queryKey: listKey });
        const previous = qc.getQueryData<MemberRowData[]>(listKey);
        qc.setQueryData<MemberRowData[]>(listKey, (rows) => rows?.map((r) => (r.membershipId === vars.membershipId ? { ...r, role: vars.role } : r)));
        return { previous };
      },
      onError: (err, _vars, context) => {
        if (context?.previous) qc.setQueryData(listKey, context.previous);
        toast.error(errorMessage(err));
      },
      onSuccess: (res) => toast.success(`Role changed to ${roleLabel(res.role)}`),
      onSettled: () => qc.invalidateQueries({ queryKey: listKey }),
    }),
  );
  const remove = useMutation(
    trpc.settings.members.remove.mutationOptions({
      onSuccess: () => {
        toast.success(`${removing?.name ?? "The member"} was removed. Their data stays with the organisation.`);
        setRemoving(null);
        void qc.invalidateQueries({ queryKey: listKey });
        void qc.invalidateQueries({ queryKey: trpc.settings.teams.list.queryKey({ orgSlug: viewer.orgSlug }) });
      },
      onError: (err) => toast.error(errorMessage(err)),
    }),
  );

  const rows = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const all = query.data ?? [];
    return q ? all.filter((m) => `${m.name} ${m.email} ${m.role} ${m.teams.map((t) => t.name).join(" ")}`.toLowerCase().includes(q)) : all;
  }, [query.data, filter]);

  if (query.isPending) return <Skeleton className="h-96 w-full" />;
  if (query.isError) return <QueryError title="Members" error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <EmptyState title="No members yet">Invite people from the Invitations section.</EmptyState>;

  const owners = query.data.filter((m) => m.role === "OWNER").length;
  const rolesFor = (m: MemberRowData): Role[] => (viewer.role === "OWNER" || m.role === "OWNER" ? [...ASSIGNABLE_ROLES] : ASSIGNABLE_ROLES.filter((r) => r !== "OWNER"));

  return (
    <Card className="p-0">
      <div className="flex flex-wrap items-end justify-between gap-3 p-4">
        <div className="w-full max-w-xs space-y-1">
          <TextField label="Search members" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Name, e-mail, role or team" />
        </div>
        <p className="text-sm text-slate-600" aria-live="polite">
          {rows.length} of {query.data.length} members
        </p>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">Members of {viewer.orgName}</caption>
          <thead className="border-y border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">Member</th>
              <th scope="col" className="px-4 py-2">Role</th>
              <th scope="col" className="px-4 py-2">Team</th>
              <th scope="col" className="px-4 py-2">Last active</th>
              {viewer.canEdit ? <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((m) => {
              const self = m.userId === viewer.userId;
              const lastOwner = m.role === "OWNER" && owners <= 1;
              const ownerLocked = m.role === "OWNER" && viewer.role !== "OWNER";
              const locked = self || lastOwner || ownerLocked;
              const why = self ? "You cannot change your own role" : lastOwner ? "The only owner: make someone else owner first" : ownerLocked ? "Only an owner can change an owner" : undefined;
              return (
                <tr key={m.membershipId}>
                  <td className="px-4 py-3">
                    <span className="block font-medium text-slate-900">
                      {m.name}
                      {self ? <span className="ml-1 text-xs font-normal text-slate-500">(you)</span> : null}
                    </span>
                    <span className="block text-slate-500">{m.email}</span>
                  </td>
                  <td className="px-4 py-3">
                    {viewer.canEdit ? (
                      <>
                        <label htmlFor={`role-${m.membershipId}`} className="sr-only">
                          Role of {m.name}
                        </label>
                        <select
                          id={`role-${m.membershipId}`}
                          value={m.role}
                          disabled={locked || changeRole.isPending}
                          title={why}
                          aria-describedby={why ? `why-${m.membershipId}` : undefined}
                          onChange={(e) => changeRole.mutate({ orgSlug: viewer.orgSlug, membershipId: m.membershipId, role: e.target.value as Role })}
                          className="rounded-md border-0 bg-white py-1.5 pl-2 pr-8 text-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-500 disabled:bg-slate-50 disabled:text-slate-500"
                        >
                          {rolesFor(m).map((r) => (
                            <option key={r} value={r}>
                              {roleLabel(r)}
                            </option>
                          ))}
                        </select>
                        {why ? (
                          <span id={`why-${m.membershipId}`} className="mt-1 block text-xs text-slate-500">
                            {why}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      roleLabel(m.role)
                    )}
                  </td>
                  <td className="px-4 py-3 text-slate-700">
                    {m.teams.length ? m.teams.map((t) => `${t.name}${t.role === "MANAGER" ? " (manager)" : ""}`).join(", ") : <span className="text-slate-400">No team</span>}
                  </td>
                  <td className="px-4 py-3 text-slate-700" title={formatInstant(m.lastActiveAt, viewer.timeZone)}>
                    {m.lastActiveAt ? formatAgo(m.lastActiveAt) : <span className="text-slate-400">Never</span>}
                  </td>
                  {viewer.canEdit ? (
                    <td className="px-4 py-3 text-right">
                      <Button variant="ghost" size="sm" disabled={locked} onClick={() => setRemoving(m)} aria-label={`Remove ${m.name}`}>
                        Remove
                      </Button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p className="p-4 text-sm text-slate-600">No member matches “{filter}”.</p> : null}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.name ?? ""}?`}
        confirmLabel="Remove member"
        pending={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ orgSlug: viewer.orgSlug, membershipId: removing.membershipId })}
      >
        <p>
          {removing?.name} ({removing?.email}) loses access at once and leaves their teams. Their scores, activity and history stay with the organisation; delete
          them under Data if they ask you to.
        </p>
      </ConfirmDialog>
    </Card>
  );
}
