"use client";

import { usePathname } from "next/navigation";
import { NavItemLink } from "~/components/shell/nav-links";

export interface SettingsNavItem {
  href: string;
  label: string;
  /** Other paths that belong to this section (e.g. the report preview under Weekly reports). */
  also?: string[];
}

/**
 * The settings sections: a vertical list on wide screens, a horizontal scroller on phones.
 * The current section is marked with aria-current.
 */
export function SettingsNav({ items }: { items: SettingsNavItem[] }) {
  const pathname = usePathname();
  const isActive = (item: SettingsNavItem, index: number) => {
    const paths = [item.href, ...(item.also ?? [])];
    // The first item (Organisation) is the section root: exact match only.
    if (index === 0) return pathname === item.href;
    return paths.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  };
  return (
    <nav aria-label="Settings sections" className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0">
      <p className="mb-2 hidden px-3 text-xs font-semibold tracking-wide text-slate-500 uppercase md:block">Settings</p>
      <ul className="flex gap-1 md:flex-col">
        {items.map((item, i) => {
          const active = isActive(item, i);
          return (
            <li key={item.href}>
              <NavItemLink href={item.href} label={item.label} active={active} />
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
