import type { Metadata } from "next";
import { ApiKeysSettings } from "~/components/settings/api-keys-settings";
import { SectionHeader } from "~/components/settings/section";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "../viewer";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings/api-keys", { adminOnly: true });
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await getQueryClient().prefetchQuery(trpc.settings.apiKeys.list.queryOptions({ orgSlug: viewer.orgSlug }));
  return (
    <HydrateClient>
      <SectionHeader
        title="API keys"
        description="Keys for the REST API at /api/v1: read for scores and snapshots, write to send activities. A key is shown once when created; only its hash is stored."
      />
      <ApiKeysSettings viewer={viewer} />
    </HydrateClient>
  );
}
