import type { Metadata } from "next";
import { DataExport } from "~/components/settings/data-export";
import { DeleteOrganization, DeleteRepData } from "~/components/settings/data-deletion";
import { SectionHeader } from "~/components/settings/section";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "../viewer";

export const metadata: Metadata = { title: "Data" };

export default async function DataPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings/data", { adminOnly: true });
  const qc = getQueryClient();
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await Promise.all([
    qc.prefetchQuery(trpc.settings.data.exports.queryOptions({ orgSlug: viewer.orgSlug })),
    qc.prefetchQuery(trpc.settings.data.reps.queryOptions({ orgSlug: viewer.orgSlug })),
  ]);
  return (
    <HydrateClient>
      <SectionHeader title="Data" description="Export everything the organisation holds, delete one rep's data on request, or delete the organisation." />
      <DataExport viewer={viewer} />
      <DeleteRepData viewer={viewer} />
      <DeleteOrganization viewer={viewer} />
    </HydrateClient>
  );
}
