import type { Metadata } from "next";
import { EmptyState } from "~/components/ui/empty-state";
import { dashboardTitle } from "~/components/dashboard/format/headline";
import { prefetchRepDashboard } from "~/components/dashboard/prefetch";
import { RepDashboard } from "~/components/dashboard/rep-dashboard";
import { requireOrgPage } from "~/server/auth/org-page";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

/** The signed-in member's own dashboard. */
export default async function DashboardPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, org } = await requireOrgPage(orgSlug, "dashboard");
  const title = dashboardTitle({ self: true, viewerName: user.name, repName: user.name });
  const current = await prefetchRepDashboard({ orgSlug });
  if (!current) {
    // A member without a rep profile (none is created for some admins): nothing to score.
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        <EmptyState title="You have no rep profile in this organisation">
          Scores belong to reps. Ask an admin of {org.name} to add you as a rep, or open the team view to see your reps.
        </EmptyState>
      </div>
    );
  }
  return (
    <HydrateClient>
      <RepDashboard rep={{ orgSlug }} title={title} />
    </HydrateClient>
  );
}
