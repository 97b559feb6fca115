import type { Metadata } from "next";
import { OrgProfileForm } from "~/components/settings/org-profile-form";
import { SectionHeader } from "~/components/settings/section";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "./viewer";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganisationSettingsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings", { adminOnly: false });
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await getQueryClient().prefetchQuery(trpc.settings.org.get.queryOptions({ orgSlug: viewer.orgSlug }));
  return (
    <HydrateClient>
      <SectionHeader
        title="Organisation"
        description="Name and address, the industry you are compared with, the time zone of weekly snapshots and reports, the goal, the ideal customer profile and the leaderboard."
        readOnly={!viewer.canEdit}
      />
      <OrgProfileForm viewer={viewer} />
    </HydrateClient>
  );
}
