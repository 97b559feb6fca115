"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { applyServerErrors } from "~/lib/form-errors";
import { emailSchema, orgNameSchema, passwordSchema, personNameSchema } from "~/lib/validation";
import { useTRPC } from "~/trpc/react";

const schema = z.object({ name: personNameSchema, email: emailSchema, password: passwordSchema, orgName: orgNameSchema });
type Values = z.input<typeof schema>;

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: "", email: "", password: "", orgName: "" } });
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    try {
      const { orgSlug, email } = await signUp.mutateAsync(values);
      const target = `/o/${orgSlug}/dashboard`;
      const res = await signIn("credentials", { email, password: values.password, redirect: false, callbackUrl: target });
      if (res?.error) {
        router.push("/signin");
        return;
      }
      router.push(target);
      router.refresh();
    } catch (err) {
      setError(applyServerErrors(form, err));
    }
  });

  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField label="Your name" autoComplete="name" autoFocus {...form.register("name")} error={errors.name?.message} />
      <TextField label="Work e-mail" type="email" autoComplete="email" {...form.register("email")} error={errors.email?.message} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A passphrase works well."
        {...form.register("password")}
        error={errors.password?.message}
      />
      <TextField label="Organisation name" autoComplete="organization" hint="Your company or sales team; you will be its owner." {...form.register("orgName")} error={errors.orgName?.message} />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Create account
      </Button>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/signin" className="font-medium text-brand-600 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
