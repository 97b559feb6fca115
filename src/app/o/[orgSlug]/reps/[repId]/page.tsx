import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dashboardTitle } from "~/components/dashboard/format/headline";
import { prefetchRepDashboard } from "~/components/dashboard/prefetch";
import { RepDashboard } from "~/components/dashboard/rep-dashboard";
import { requireOrgPage } from "~/server/auth/org-page";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Rep dashboard" };

/** One rep's dashboard for those who may see it (their managers, admins, the rep); layout.tsx checks access. */
export default async function RepPage({ params }: { params: Promise<{ orgSlug: string; repId: string }> }) {
  const { orgSlug, repId } = await params;
  const { user } = await requireOrgPage(orgSlug, `reps/${encodeURIComponent(repId)}`);
  const current = await prefetchRepDashboard({ orgSlug, repId });
  if (!current) notFound();
  const title = dashboardTitle({ self: current.rep.isSelf, viewerName: user.name, repName: current.rep.displayName });
  return (
    <HydrateClient>
      <RepDashboard rep={{ orgSlug, repId }} title={title} backHref={current.rep.isSelf ? undefined : `/o/${orgSlug}/team`} />
    </HydrateClient>
  );
}
