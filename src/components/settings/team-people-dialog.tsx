"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { TextField } from "~/components/ui/field";
import { toast } from "sonner";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Dialog } from "~/components/ui/dialog";
import { Skeleton } from "~/components/ui/skeleton";
import { roleLabel } from "~/lib/settings/schemas";
import { useTRPC } from "~/trpc/react";
import { errorMessage } from "./format";
import type { MemberRowData, SettingsViewer, TeamData } from "./types";

const canManage = (m: MemberRowData) => m.role !== "REP";

/**
 * Picks a team's managers (several; the manager role or higher) and reps. A rep belongs to one
 * team: ticking someone who is in another team moves them here when saved, and the list says so.
 */
export function TeamPeopleDialog({ viewer, team, onClose, onSaved }: { viewer: SettingsViewer; team: TeamData; onClose: () => void; onSaved: () => void }) {
  const trpc = useTRPC();
  const members = useQuery(trpc.settings.members.list.queryOptions({ orgSlug: viewer.orgSlug }));
  const [managers, setManagers] = useState(() => new Set(team.managers.map((m) => m.userId)));
  const [reps, setReps] = useState(() => new Set(team.members.map((m) => m.userId)));
  const [filter, setFilter] = useState("");
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.settings.teams.setPeople.mutationOptions());

  const { managerChoices, repChoices } = useMemo(() => {
    const all = members.data ?? [];
    const q = filter.trim().toLowerCase();
    const match = (m: MemberRowData) => !q || `${m.name} ${m.email}`.toLowerCase().includes(q);
    const currentReps = new Set(team.members.map((m) => m.userId));
    return {
      managerChoices: all.filter((m) => canManage(m) && match(m)),
      // Reps, plus anyone already a member of this team whatever their role now.
      repChoices: all.filter((m) => (m.role === "REP" || currentReps.has(m.userId)) && match(m)),
    };
  }, [members.data, filter, team.members]);

  const toggle = (set: Set<string>, update: (s: Set<string>) => void, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    update(next);
  };

  const submit = async () => {
    setError(null);
    try {
      const res = await save.mutateAsync({ orgSlug: viewer.orgSlug, teamId: team.id, managerIds: [...managers], memberIds: [...reps] });
      toast.success(`${team.name}: ${res.managers} manager${res.managers === 1 ? "" : "s"}, ${res.members} rep${res.members === 1 ? "" : "s"}${res.moved ? ` (${res.moved} moved from another team)` : ""}`);
      onSaved();
      onClose();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const otherTeam = (m: MemberRowData) => m.teams.find((t) => t.role === "MEMBER" && t.id !== team.id);

  return (
    <Dialog
      open
      onClose={onClose}
      title={`People of ${team.name}`}
      description="Managers see this team in the team view and get its weekly summary. A rep is in one team at a time."
      className="sm:w-[40rem]"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()} loading={save.isPending} disabled={members.isPending}>
            Save people
          </Button>
        </>
      }
    >
      {error ? <Alert tone="error" className="mb-3">{error}</Alert> : null}
      {members.isPending ? (
        <Skeleton className="h-64 w-full" />
      ) : members.isError ? (
        <Alert tone="error">The members could not load. {errorMessage(members.error)}</Alert>
      ) : (
        <div className="space-y-4">
          <div className="space-y-1">
            <TextField label="Find people" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Name or e-mail" />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <fieldset className="min-w-0">
              <legend className="text-sm font-semibold text-slate-900">Managers ({managers.size})</legend>
              <p className="text-xs text-slate-500">Managers, admins and owners.</p>
              <ChoiceList
                items={managerChoices}
                checked={managers}
                disabledIds={reps}
                onToggle={(id) => toggle(managers, setManagers, id)}
                note={(m) => roleLabel(m.role)}
                empty="Nobody with the manager role matches. Change a member's role under Members."
              />
            </fieldset>
            <fieldset className="min-w-0">
              <legend className="text-sm font-semibold text-slate-900">Reps ({reps.size})</legend>
              <p className="text-xs text-slate-500">Ticking a rep of another team moves them here.</p>
              <ChoiceList
                items={repChoices}
                checked={reps}
                disabledIds={managers}
                onToggle={(id) => toggle(reps, setReps, id)}
                note={(m) => {
                  const other = otherTeam(m);
                  if (!other) return m.role === "REP" ? "No team" : roleLabel(m.role);
                  return reps.has(m.userId) ? `moves from ${other.name}` : `in ${other.name}`;
                }}
                empty="No rep matches."
              />
            </fieldset>
          </div>
        </div>
      )}
    </Dialog>
  );
}

function ChoiceList({
  items,
  checked,
  disabledIds,
  onToggle,
  note,
  empty,
}: {
  items: MemberRowData[];
  checked: Set<string>;
  disabledIds: Set<string>;
  onToggle: (userId: string) => void;
  note: (m: MemberRowData) => string;
  empty: string;
}) {
  if (!items.length) return <p className="mt-2 text-sm text-slate-600">{empty}</p>;
  return (
    <ul className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded-md p-1 ring-1 ring-slate-200">
      {items.map((m) => (
          <li key={m.userId}>
            <label className="flex cursor-pointer items-start gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:opacity-60">
              <input
                type="checkbox"
                className="mt-0.5 size-4 accent-brand-500"
                checked={checked.has(m.userId)}
                disabled={disabledIds.has(m.userId)}
                onChange={() => onToggle(m.userId)}
              />
              <span className="min-w-0">
                <span className="block truncate font-medium text-slate-900">{m.name}</span>
                <span className="block truncate text-xs text-slate-500">{note(m)}</span>
              </span>
            </label>
          </li>
      ))}
    </ul>
  );
}
