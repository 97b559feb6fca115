import type { Metadata } from "next";
import { EmptyState } from "~/components/ui/empty-state";
import { requireOrgPage } from "~/server/auth/org-page";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrgPage(orgSlug, "team");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Team</h1>
      <EmptyState title="Team view">Scores of the reps you manage, compared with the industry benchmark.</EmptyState>
    </div>
  );
}
