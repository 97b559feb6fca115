"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signIn, signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { applyServerErrors } from "~/lib/form-errors";
import { passwordSchema, personNameSchema } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

/** Signed in with the invited address: one click joins. */
export function AcceptAsMember({ token, orgName }: { token: string; orgName: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.auth.invitation.accept.mutationOptions());
  return (
    <div className="space-y-3">
      {accept.error ? <Alert tone="error">{accept.error.message}</Alert> : null}
      <Button
        className="w-full"
        loading={accept.isPending}
        onClick={() =>
          accept.mutate(
            { token },
            {
              onSuccess: ({ orgSlug }) => {
                router.push(`/o/${orgSlug}/dashboard`);
                router.refresh();
              },
            },
          )
        }
      >
        Join {orgName}
      </Button>
    </div>
  );
}

export function SignOutToSwitch({ callbackUrl }: { callbackUrl: string }) {
  return (
    <Button variant="secondary" className="w-full" onClick={() => void signOut({ callbackUrl: `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}` })}>
      Sign out and switch account
    </Button>
  );
}

const schema = z.object({ name: personNameSchema, password: passwordSchema });
type Values = z.input<typeof schema>;

/** New person: choose a name and password; the account joins the organisation at once. */
export function SignUpFromInvite({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: "", password: "" } });
  const signUp = useMutation(trpc.auth.invitation.signUpAndAccept.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const { orgSlug } = await signUp.mutateAsync({ token, ...values });
      const target = `/o/${orgSlug}/dashboard`;
      await signIn("credentials", { email, password: values.password, redirect: false, callbackUrl: target });
      router.push(target);
      router.refresh();
    } catch (err) {
      setError(applyServerErrors(form, err));
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label="Work e-mail" value={email} readOnly disabled />
      <TextField label="Your name" autoComplete="name" autoFocus {...form.register("name")} error={form.formState.errors.name?.message} />
      <TextField label="Password" type="password" autoComplete="new-password" hint="At least 10 characters." {...form.register("password")} error={form.formState.errors.password?.message} />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Create account and join
      </Button>
    </form>
  );
}
