import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { RepLeaderboard } from "~/components/team/leaderboard";
import { ManagersOnly } from "~/components/team/managers-only";
import { prefetchLeaderboard, prefetchTeamView } from "~/components/team/prefetch";
import { TeamView } from "~/components/team/team-view";
import { requireOrgPage } from "~/server/auth/org-page";
import { hasRole } from "~/domain/roles";
import { paramsFromSearch, searchFromParams } from "~/domain/team-view/params";
import { HydrateClient } from "~/trpc/server";

export const metadata: Metadata = { title: "Team" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Managers and admins: the team view, its state in the URL (?team, band, q, sort, dir, page,
 * size). Reps: the named leaderboard when the organisation enables it, else why this page is
 * not for them; never another rep's row.
 */
export default async function TeamPage({ params, searchParams }: { params: Promise<{ orgSlug: string }>; searchParams: SearchParams }) {
  const { orgSlug } = await params;
  const { org } = await requireOrgPage(orgSlug, "team");

  if (!hasRole(org.role, "MANAGER")) {
    const enabled = await prefetchLeaderboard(org.slug);
    if (!enabled) return <ManagersOnly orgSlug={org.slug} orgName={org.name} />;
    return (
      <HydrateClient>
        <RepLeaderboard orgSlug={org.slug} />
      </HydrateClient>
    );
  }

  const view = paramsFromSearch(await searchParams);
  const teams = await prefetchTeamView(org.slug, view);
  if (!teams) {
    // A link to a team this manager does not (or no longer) manage: the same view without it.
    const qs = searchFromParams({ ...view, teamId: undefined, page: 1 }).toString();
    redirect(`/o/${org.slug}/team${qs ? `?${qs}` : ""}`);
  }
  return (
    <HydrateClient>
      <TeamView orgSlug={org.slug} orgName={org.name} timeZone={org.timezone} canManageTeams={hasRole(org.role, "ADMIN")} />
    </HydrateClient>
  );
}
