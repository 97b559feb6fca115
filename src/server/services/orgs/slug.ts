import type { Db, Tx } from "~/server/db";
import { RESERVED_SLUGS } from "~/lib/validation";

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 32)
    .replace(/-+$/g, "");
  return base.length >= 3 && !RESERVED_SLUGS.has(base) ? base : `org-${base || "team"}`.slice(0, 32);
}

/** A free slug derived from the name: "northwind", then "northwind-2", ... (aliases count as taken). */
export async function uniqueSlug(client: Db | Tx, name: string): Promise<string> {
  const base = slugify(name);
  const [orgs, aliases] = await Promise.all([
    client.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
    client.orgSlugAlias.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } }),
  ]);
  const taken = new Set([...orgs, ...aliases].map((o) => o.slug));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}
