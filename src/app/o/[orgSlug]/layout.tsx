import { AppShell } from "~/components/shell/app-shell";
import { requireOrgPage } from "~/server/auth/org-page";
import { serverCaller } from "~/trpc/server";

export const dynamic = "force-dynamic";

export default async function OrgLayout({ children, params }: { children: React.ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, org } = await requireOrgPage(orgSlug);
  const orgs = await (await serverCaller()).me.organizations();
  return (
    <AppShell org={org} orgs={orgs} user={user}>
      {children}
    </AppShell>
  );
}
