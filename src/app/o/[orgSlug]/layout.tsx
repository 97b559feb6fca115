import { AppShell } from "~/components/shell/app-shell";
import { requireOrgPage } from "~/server/auth/org-page";
import { db } from "~/server/db";
import { listMyOrganizations } from "~/server/services/members/resolve-membership";

export const dynamic = "force-dynamic";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, org } = await requireOrgPage(orgSlug);
  const orgs = await listMyOrganizations(db, user.id);
  return (
    <AppShell org={org} orgs={orgs} user={user}>
      {children}
    </AppShell>
  );
}
