import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmptyState } from "~/components/ui/empty-state";
import { requireOrgPage } from "~/server/auth/org-page";
import { hasRole } from "~/server/services/memberships/resolve-membership";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { org } = await requireOrgPage(orgSlug, "settings");
  if (!hasRole(org.role, "MANAGER")) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <EmptyState title="Organisation settings">Members, invitations, teams, goals and API keys of {org.name}.</EmptyState>
    </div>
  );
}
