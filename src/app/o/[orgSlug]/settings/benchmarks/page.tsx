import type { Metadata } from "next";
import { BenchmarksSettings } from "~/components/settings/benchmarks-settings";
import { SectionHeader } from "~/components/settings/section";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "../viewer";

export const metadata: Metadata = { title: "Benchmarks" };

export default async function BenchmarksPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings/benchmarks", { adminOnly: true });
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await getQueryClient().prefetchQuery(trpc.settings.benchmarks.get.queryOptions({ orgSlug: viewer.orgSlug }));
  return (
    <HydrateClient>
      <SectionHeader
        title="Benchmarks"
        description="The industry benchmark your teams are compared with: the platform's by default, or your own reference values from a CSV."
      />
      <BenchmarksSettings viewer={viewer} />
    </HydrateClient>
  );
}
