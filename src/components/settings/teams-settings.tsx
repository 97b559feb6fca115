"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "sonner";
import { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { Card, CardHeader } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { TextField } from "~/components/ui/field";
import { Skeleton } from "~/components/ui/skeleton";
import { teamNameSchema } from "~/lib/settings/schemas";
import { useTRPC } from "~/trpc/react";
import { ConfirmDialog } from "./confirm-dialog";
import { showServerErrors } from "./form-helpers";
import { errorMessage, formatDate } from "./format";
import { QueryError } from "./section";
import { TeamCard } from "./team-card";
import { TeamPeopleDialog } from "./team-people-dialog";
import type { SettingsViewer, TeamData } from "./types";

const createSchema = z.object({ name: teamNameSchema });
type CreateIn = z.input<typeof createSchema>;
type CreateOut = z.output<typeof createSchema>;

/** Every team with its managers and reps; admins create, rename, delete and staff them. */
export function TeamsSettings({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const query = useQuery(trpc.settings.teams.list.queryOptions({ orgSlug: viewer.orgSlug }));
  const [deleting, setDeleting] = useState<TeamData | null>(null);
  const [staffing, setStaffing] = useState<string | null>(null);
  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: trpc.settings.teams.list.queryKey({ orgSlug: viewer.orgSlug }) }),
      qc.invalidateQueries({ queryKey: trpc.settings.members.list.queryKey({ orgSlug: viewer.orgSlug }) }),
    ]);
  const remove = useMutation(
    trpc.settings.teams.delete.mutationOptions({
      onSuccess: () => {
        toast.success(`Team ${deleting?.name ?? ""} deleted. Its reps stay in the organisation without a team.`);
        setDeleting(null);
        void refresh();
      },
      onError: (err) => toast.error(errorMessage(err)),
    }),
  );

  const staffed = query.data?.find((t) => t.id === staffing) ?? null;

  return (
    <div className="space-y-6">
      {viewer.canEdit ? <CreateTeamForm viewer={viewer} onCreated={(id) => void refresh().then(() => setStaffing(id))} /> : null}
      {query.isPending ? (
        <Skeleton className="h-64 w-full" />
      ) : query.isError ? (
        <QueryError title="Teams" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState title="No teams yet">{viewer.canEdit ? "Create one above, then add its managers and reps." : "An admin can create teams."}</EmptyState>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-2" aria-label="Teams">
          {query.data.map((team) => (
            <li key={team.id}>
              <TeamCard
                team={team}
                viewer={viewer}
                created={formatDate(team.createdAt, viewer.timeZone)}
                onRenamed={() => void refresh()}
                onEditPeople={() => setStaffing(team.id)}
                onDelete={() => setDeleting(team)}
              />
            </li>
          ))}
        </ul>
      )}
      {staffed ? <TeamPeopleDialog viewer={viewer} team={staffed} onClose={() => setStaffing(null)} onSaved={() => void refresh()} /> : null}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete team ${deleting?.name ?? ""}?`}
        confirmLabel="Delete team"
        pending={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate({ orgSlug: viewer.orgSlug, teamId: deleting.id })}
      >
        <p>
          The team and its goal are deleted. Its {deleting?.members.length ?? 0} rep{deleting?.members.length === 1 ? "" : "s"} and{" "}
          {deleting?.managers.length ?? 0} manager{deleting?.managers.length === 1 ? "" : "s"} stay in the organisation, without this team. Scores and history are kept.
        </p>
      </ConfirmDialog>
    </div>
  );
}

function CreateTeamForm({ viewer, onCreated }: { viewer: SettingsViewer; onCreated: (teamId: string) => void }) {
  const trpc = useTRPC();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<CreateIn, unknown, CreateOut>({ resolver: zodResolver(createSchema), defaultValues: { name: "" } });
  const create = useMutation(trpc.settings.teams.create.mutationOptions());
  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const team = await create.mutateAsync({ orgSlug: viewer.orgSlug, name: v.name });
      toast.success(`Team ${team.name} created. Add its managers and reps.`);
      form.reset({ name: "" });
      onCreated(team.id);
    } catch (err) {
      setFormError(showServerErrors(form, err));
    }
  });
  return (
    <Card>
      <CardHeader title="New team" description="Teams group reps for the team view and the managers' weekly report." />
      <form onSubmit={onSubmit} noValidate aria-label="Create a team" className="space-y-3">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="flex flex-wrap items-start gap-3">
          <div className="w-full max-w-sm">
            <TextField label="Team name" autoComplete="off" {...form.register("name")} error={form.formState.errors.name?.message} />
          </div>
          <Button type="submit" className="sm:mt-6" loading={create.isPending}>
            Create team
          </Button>
        </div>
      </form>
    </Card>
  );
}
