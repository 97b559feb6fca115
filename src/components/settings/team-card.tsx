"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { TextField } from "~/components/ui/field";
import { teamNameSchema } from "~/lib/settings/schemas";
import { useTRPC } from "~/trpc/react";
import { showServerErrors } from "./form-helpers";
import type { SettingsViewer, TeamData } from "./types";

const SHOWN = 12;

/** One team: name (renamed in place), managers, reps, and the admin's actions. */
export function TeamCard({
  team,
  viewer,
  created,
  onRenamed,
  onEditPeople,
  onDelete,
}: {
  team: TeamData;
  viewer: SettingsViewer;
  created: string;
  onRenamed: () => void;
  onEditPeople: () => void;
  onDelete: () => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [allShown, setAllShown] = useState(false);
  const reps = allShown ? team.members : team.members.slice(0, SHOWN);
  return (
    <Card className="h-full" data-testid="team-card">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        {renaming ? (
          <RenameForm viewer={viewer} team={team} onDone={(changed) => { setRenaming(false); if (changed) onRenamed(); }} />
        ) : (
          <div>
            <h2 id={`team-${team.id}`} className="text-base font-semibold text-slate-900">
              {team.name}
            </h2>
            <p className="text-xs text-slate-500">Created {created}</p>
          </div>
        )}
        {viewer.canEdit && !renaming ? (
          <div className="flex flex-wrap gap-1">
            <Button variant="secondary" size="sm" onClick={onEditPeople} aria-label={`Edit the people of ${team.name}`}>
              Edit people
            </Button>
            <Button variant="ghost" size="sm" onClick={() => setRenaming(true)} aria-label={`Rename ${team.name}`}>
              Rename
            </Button>
            <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${team.name}`} className="text-red-700">
              Delete
            </Button>
          </div>
        ) : null}
      </div>
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="font-medium text-slate-700">Managers</dt>
          <dd className="text-slate-600" data-testid="team-managers">
            {team.managers.length ? team.managers.map((m) => m.name).join(", ") : <span className="text-slate-400">No manager</span>}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-700">
            Reps <span className="font-normal text-slate-500">({team.members.length})</span>
          </dt>
          <dd className="text-slate-600" data-testid="team-reps">
            {team.members.length ? reps.map((m) => m.name).join(", ") : <span className="text-slate-400">No reps yet</span>}
            {team.members.length > SHOWN ? (
              <button type="button" onClick={() => setAllShown((v) => !v)} className="ml-1 font-medium text-brand-600 hover:underline">
                {allShown ? "Show fewer" : `and ${team.members.length - SHOWN} more`}
              </button>
            ) : null}
          </dd>
        </div>
      </dl>
    </Card>
  );
}

const renameSchema = z.object({ name: teamNameSchema });
type RenameIn = z.input<typeof renameSchema>;
type RenameOut = z.output<typeof renameSchema>;

function RenameForm({ viewer, team, onDone }: { viewer: SettingsViewer; team: TeamData; onDone: (changed: boolean) => void }) {
  const trpc = useTRPC();
  const rename = useMutation(trpc.settings.teams.rename.mutationOptions());
  const form = useForm<RenameIn, unknown, RenameOut>({ resolver: zodResolver(renameSchema), defaultValues: { name: team.name } });
  const onSubmit = form.handleSubmit(async (v) => {
    if (v.name === team.name) return onDone(false);
    try {
      const res = await rename.mutateAsync({ orgSlug: viewer.orgSlug, teamId: team.id, name: v.name });
      toast.success(`Renamed to ${res.name}`);
      onDone(true);
    } catch (err) {
      const message = showServerErrors(form, err);
      if (message) toast.error(message);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Rename ${team.name}`} className="flex w-full flex-wrap items-start gap-2">
      <div className="min-w-0 flex-1">
        <TextField label="New team name" autoFocus autoComplete="off" {...form.register("name")} error={form.formState.errors.name?.message} />
      </div>
      <div className="flex gap-2 sm:mt-6">
        <Button type="submit" size="sm" loading={rename.isPending}>
          Save
        </Button>
        <Button type="button" variant="ghost" size="sm" onClick={() => onDone(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
