import type { Metadata } from "next";
import { BulkInvite } from "~/components/settings/bulk-invite";
import { InviteForm } from "~/components/settings/invite-form";
import { PendingInvitations } from "~/components/settings/pending-invitations";
import { SectionHeader } from "~/components/settings/section";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "../viewer";

export const metadata: Metadata = { title: "Invitations" };

export default async function InvitationsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings/invitations", { adminOnly: true });
  const qc = getQueryClient();
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await Promise.all([
    qc.prefetchQuery(trpc.settings.invitations.list.queryOptions({ orgSlug: viewer.orgSlug })),
    qc.prefetchQuery(trpc.settings.teams.list.queryOptions({ orgSlug: viewer.orgSlug })),
  ]);
  return (
    <HydrateClient>
      <SectionHeader title="Invitations" description="Invite people by e-mail with a role and a team. Links are single-use and expire after 7 days; only their hash is stored." />
      <InviteForm viewer={viewer} />
      <PendingInvitations viewer={viewer} />
      <BulkInvite viewer={viewer} />
    </HydrateClient>
  );
}
