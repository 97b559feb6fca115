import type { Metadata } from "next";
import { MembersTable } from "~/components/settings/members-table";
import { SectionHeader } from "~/components/settings/section";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "../viewer";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings/members", { adminOnly: false });
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await getQueryClient().prefetchQuery(trpc.settings.members.list.queryOptions({ orgSlug: viewer.orgSlug }));
  return (
    <HydrateClient>
      <SectionHeader
        title="Members"
        description="Everyone in the organisation with their role, team and last activity. Removing someone ends their access; their data stays until deleted under Data."
        readOnly={!viewer.canEdit}
      />
      <MembersTable viewer={viewer} />
    </HydrateClient>
  );
}
