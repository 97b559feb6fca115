import type { Metadata } from "next";
import Link from "next/link";
import { AcceptAsMember, SignOutToSwitch, SignUpFromInvite } from "~/components/auth/invite-accept";
import { Alert } from "~/components/ui/alert";
import { getSessionUser } from "~/server/auth/session";
import { serverCaller } from "~/trpc/server";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

const STATE_TEXT = {
  unknown: "This invitation link is not valid. Check that you copied the whole link.",
  used: "This invitation has already been used. Sign in to continue.",
  revoked: "This invitation was withdrawn. Ask your admin for a new one.",
  expired: "This invitation has expired. Ask your admin to send a new one.",
} as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = token.length >= 20 && token.length <= 100 ? await (await serverCaller()).auth.invitation.describe({ token }) : { state: "unknown" as const };
  if (invite.state !== "valid" || !("email" in invite)) {
    return (
      <>
        <h1 className="mb-4 text-xl font-semibold">Invitation</h1>
        <Alert tone="warning">{STATE_TEXT[invite.state as keyof typeof STATE_TEXT]}</Alert>
        <p className="mt-4 text-sm">
          <Link href="/signin" className="font-medium text-brand-600 hover:underline">Go to sign-in</Link>
        </p>
      </>
    );
  }
  const user = await getSessionUser();
  const hasAccount = user ? true : invite.hasAccount;
  const role = invite.role.charAt(0) + invite.role.slice(1).toLowerCase();
  const here = `/invite/${token}`;
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Join {invite.orgName}</h1>
      <p className="mb-6 text-sm text-slate-600">
        You are invited as <strong>{role}</strong>
        {invite.teamName ? <> in team <strong>{invite.teamName}</strong></> : null} ({invite.email}).
      </p>
      {user ? (
        user.email === invite.email ? (
          <AcceptAsMember token={token} orgName={invite.orgName} />
        ) : (
          <div className="space-y-3">
            <Alert tone="warning">
              You are signed in as {user.email}, but this invitation is for {invite.email}.
            </Alert>
            <SignOutToSwitch callbackUrl={here} />
          </div>
        )
      ) : hasAccount ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">You already have an account. Sign in to accept.</p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className="inline-flex w-full justify-center rounded-md bg-brand-500 px-4 py-2 text-sm font-medium text-white hover:bg-brand-600">
            Sign in to accept
          </Link>
        </div>
      ) : (
        <SignUpFromInvite token={token} email={invite.email} />
      )}
    </>
  );
}
