import "server-only";
import { notFound } from "next/navigation";
import type { SettingsViewer } from "~/components/settings/types";
import { requireOrgPage } from "~/server/auth/org-page";
import { hasRole } from "~/domain/roles";

/** The viewer of a settings section; sections for admins only answer 404 to everyone else. */
export async function settingsViewer(orgSlug: string, path: string, opts: { adminOnly: boolean }): Promise<SettingsViewer> {
  const { user, org } = await requireOrgPage(orgSlug, path);
  if (!hasRole(org.role, opts.adminOnly ? "ADMIN" : "MANAGER")) notFound();
  return { orgSlug: org.slug, orgName: org.name, timeZone: org.timezone, userId: user.id, role: org.role, canEdit: hasRole(org.role, "ADMIN") };
}
