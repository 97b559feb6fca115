import type { Metadata } from "next";
import { ScheduleForm } from "~/components/settings/schedule-form";
import { SectionHeader } from "~/components/settings/section";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import { settingsViewer } from "../viewer";

export const metadata: Metadata = { title: "Weekly reports" };

export default async function WeeklyReportsPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const viewer = await settingsViewer(orgSlug, "settings/weekly-reports", { adminOnly: true });
  // Awaited: a pending query streamed to useQuery races hydration (server skeleton, client data).
  await getQueryClient().prefetchQuery(trpc.settings.schedule.get.queryOptions({ orgSlug: viewer.orgSlug }));
  return (
    <HydrateClient>
      <SectionHeader title="Weekly reports" description="The day and local hour of the weekly e-mail, and whether reps and managers get it." />
      <ScheduleForm viewer={viewer} />
    </HydrateClient>
  );
}
