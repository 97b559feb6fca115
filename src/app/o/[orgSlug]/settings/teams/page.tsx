import type { Metadata } from "next";
import { SectionHeader } from "~/components/settings/section";
import { TeamsSettings } from "~/components/settings/teams-settings";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "../viewer";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings/teams", { adminOnly: false });
  const qc = getQueryClient();
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await qc.prefetchQuery(trpc.settings.teams.list.queryOptions({ orgSlug: viewer.orgSlug }));
  return (
    <HydrateClient>
      <SectionHeader
        title="Teams"
        description="Teams, their managers (several are fine) and their reps (each rep is in one team). Deleting a team keeps its people in the organisation."
        readOnly={!viewer.canEdit}
      />
      <TeamsSettings viewer={viewer} />
    </HydrateClient>
  );
}
