import type { Role } from "@prisma/client";
import Link from "next/link";
import { hasRole } from "~/domain/roles";
import { Logo } from "./logo";
import { NavLinks, type NavItem } from "./nav-links";
import { OrgSwitcher } from "./org-switcher";
import { SignOutButton } from "./sign-out-button";

interface AppShellProps {
  org: { slug: string; name: string; role: Role };
  orgs: { slug: string; name: string }[];
  user: { name: string; email: string };
  children: React.ReactNode;
}

export function navItemsFor(slug: string, role: Role): NavItem[] {
  const base = `/o/${slug}`;
  const items: NavItem[] = [{ href: `${base}/dashboard`, label: "Dashboard" }];
  items.push({ href: `${base}/team`, label: "Team" });
  items.push({ href: `${base}/import`, label: "Import" });
  if (hasRole(role, "MANAGER")) items.push({ href: `${base}/settings`, label: "Settings" });
  return items;
}

/** The frame of every /o/[orgSlug] page: brand, organisation switcher, navigation, account. */
export function AppShell({ org, orgs, user, children }: AppShellProps) {
  return (
    <div className="min-h-dvh">
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex max-w-7xl items-center gap-3 px-4 py-2 sm:px-6">
          <Link href={`/o/${org.slug}/dashboard`} aria-label="SSI Coach dashboard" className="shrink-0">
            <Logo compact />
          </Link>
          <OrgSwitcher current={org.slug} orgs={orgs} />
          <nav aria-label="Main" className="ml-2 hidden min-w-0 flex-1 md:block">
            <NavLinks items={navItemsFor(org.slug, org.role)} />
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <Link href={`/o/${org.slug}/account`} className="hidden rounded-md px-2 py-1 text-right text-xs leading-tight text-slate-600 hover:bg-slate-100 sm:block">
              <span className="block font-medium text-slate-800">{user.name}</span>
              <span className="block">{org.role.charAt(0) + org.role.slice(1).toLowerCase()}</span>
            </Link>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Main (compact)" className="border-t border-slate-100 px-2 py-1 md:hidden">
          <NavLinks items={navItemsFor(org.slug, org.role)} />
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
        {children}
      </main>
    </div>
  );
}
