import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CreateOrgForm } from "~/components/auth/create-org-form";
import { getSessionUser } from "~/server/auth/session";

export const metadata: Metadata = { title: "Create an organisation" };

export default async function OnboardingPage() {
  if (!(await getSessionUser())) redirect("/signin?callbackUrl=/onboarding");
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Create an organisation</h1>
      <p className="mb-6 text-sm text-slate-600">
        You are not a member of any organisation yet. Create one for your team, or open the invitation link a colleague sent you.
      </p>
      <CreateOrgForm />
    </>
  );
}
