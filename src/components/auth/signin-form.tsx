"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { Alert } from "~/components/ui/alert";
import { Button } from "~/components/ui/button";
import { TextField } from "~/components/ui/field";
import { emailSchema } from "~/lib/validation";
import { safeCallbackUrl } from "~/lib/safe-callback";

const schema = z.object({ email: emailSchema, password: z.string().min(1, "Enter your password").max(256) });
type Values = z.infer<typeof schema>;

export function SignInForm({ callbackUrl, linkedIn, initialError }: { callbackUrl?: string; linkedIn: boolean; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError ?? null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: "", password: "" } });
  const target = safeCallbackUrl(callbackUrl);

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const res = await signIn("credentials", { ...values, redirect: false, callbackUrl: target });
    if (!res || res.error) {
      setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "Wrong e-mail or password.");
      form.setFocus("password");
      return;
    }
    router.push(target);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={error ? "signin-error" : undefined}>
      {error ? (
        <div id="signin-error">
          <Alert tone="error">{error}</Alert>
        </div>
      ) : null}
      <TextField label="Work e-mail" type="email" autoComplete="email" autoFocus {...form.register("email")} error={form.formState.errors.email?.message} />
      <TextField label="Password" type="password" autoComplete="current-password" {...form.register("password")} error={form.formState.errors.password?.message} />
      <Button type="submit" className="w-full" loading={form.formState.isSubmitting}>
        Sign in
      </Button>
      {linkedIn ? (
        <Button type="button" variant="secondary" className="w-full" onClick={() => void signIn("linkedin", { callbackUrl: target })}>
          Continue with LinkedIn
        </Button>
      ) : null}
      <p className="text-center text-sm text-slate-600">
        New to SSI Coach?{" "}
        <Link href="/signup" className="font-medium text-brand-600 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
