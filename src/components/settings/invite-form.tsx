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
import { TeamOptions } from "./team-options";
import { SelectField, TextField } from "~/components/ui/field";
import { INVITABLE_ROLES, invitableRoleSchema, roleLabel } from "~/lib/settings/schemas";
import { emailSchema } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";
import { showServerErrors } from "./form-helpers";
import type { SettingsViewer } from "./types";

const schema = z.object({ email: emailSchema, role: invitableRoleSchema, teamId: z.string() });
type In = z.input<typeof schema>;
type Out = z.output<typeof schema>;

/** One invitation: e-mail, role and (optional) team; the e-mail with the link goes out at once. */
export function InviteForm({ viewer }: { viewer: SettingsViewer }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const teams = useQuery(trpc.settings.teams.list.queryOptions({ orgSlug: viewer.orgSlug }));
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(schema), defaultValues: { email: "", role: "REP", teamId: "" } });
  const invite = useMutation(trpc.settings.invitations.create.mutationOptions());

  const onSubmit = form.handleSubmit(async (v) => {
    setFormError(null);
    try {
      const res = await invite.mutateAsync({ orgSlug: viewer.orgSlug, email: v.email, role: v.role, teamId: v.teamId || null });
      if (res.emailSent) toast.success(`Invitation sent to ${res.email}`);
      else toast.warning(`The invitation to ${res.email} is saved, but the e-mail could not be sent. Use Resend in a moment.`);
      form.reset({ email: "", role: v.role, teamId: v.teamId });
      form.setFocus("email");
      await qc.invalidateQueries({ queryKey: trpc.settings.invitations.list.queryKey({ orgSlug: viewer.orgSlug }) });
    } catch (err) {
      setFormError(showServerErrors(form, err));
    }
  });

  return (
    <Card>
      <CardHeader title="Invite someone" description="They get an e-mail with a link that works once and expires in 7 days." />
      <form onSubmit={onSubmit} noValidate aria-label="Invite a member" className="space-y-4">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-[2fr_1fr_1fr]">
          <TextField label="E-mail" type="email" autoComplete="off" {...form.register("email")} error={form.formState.errors.email?.message} />
          <SelectField label="Role" {...form.register("role")} error={form.formState.errors.role?.message}>
            {INVITABLE_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </SelectField>
          <SelectField label="Team" {...form.register("teamId")} error={form.formState.errors.teamId?.message} disabled={teams.isPending}>
            <TeamOptions teams={teams.data} />
          </SelectField>
        </div>
        <Button type="submit" loading={invite.isPending}>
          Send invitation
        </Button>
      </form>
    </Card>
  );
}
