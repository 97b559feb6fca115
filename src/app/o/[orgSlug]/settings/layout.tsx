import { notFound } from "next/navigation";
import { SettingsNav, type SettingsNavItem } from "~/components/settings/settings-nav";
import { requireOrgPage } from "~/server/auth/org-page";
import { hasRole } from "~/domain/roles";

/**
 * The settings area: admins and owners see every section, managers a read-only view of the
 * organisation, its members and teams, reps nothing (404, like a page that does not exist).
 */
export default async function SettingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { org } = await requireOrgPage(orgSlug, "settings");
  if (!hasRole(org.role, "MANAGER")) notFound();
  const base = `/o/${org.slug}/settings`;
  const admin = hasRole(org.role, "ADMIN");
  const items: SettingsNavItem[] = [
    { href: base, label: "Organisation" },
    { href: `${base}/members`, label: "Members" },
    ...(admin ? [{ href: `${base}/invitations`, label: "Invitations" }] : []),
    { href: `${base}/teams`, label: "Teams" },
    ...(admin
      ? [
          { href: `${base}/weekly-reports`, label: "Weekly reports", also: [`${base}/reports`] },
          { href: `${base}/api-keys`, label: "API keys" },
          { href: `${base}/benchmarks`, label: "Benchmarks" },
          { href: `${base}/audit`, label: "Audit log" },
          { href: `${base}/data`, label: "Data" },
        ]
      : []),
  ];
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
      <aside className="md:sticky md:top-20 md:self-start">
        <SettingsNav items={items} />
      </aside>
      <div className="min-w-0 space-y-6">{children}</div>
    </div>
  );
}
