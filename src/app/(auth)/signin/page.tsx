import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "~/components/auth/signin-form";
import { linkedInConfigured } from "~/env";
import { safeCallbackUrl } from "~/lib/safe-callback";
import { getSessionUser } from "~/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

const OAUTH_ERRORS: Record<string, string> = {
  OAuthSignin: "LinkedIn sign-in could not start. Try again.",
  OAuthCallback: "LinkedIn sign-in failed. Try again.",
  AccessDenied: "Sign-in was refused.",
  Callback: "Sign-in failed. Try again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  if (await getSessionUser()) redirect(safeCallbackUrl(callbackUrl));
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Sign in</h1>
      <p className="mb-6 text-sm text-slate-600">Welcome back. See where your social selling stands this week.</p>
      <SignInForm callbackUrl={callbackUrl} linkedIn={linkedInConfigured} initialError={error ? (OAUTH_ERRORS[error] ?? undefined) : undefined} />
    </>
  );
}
