import type { Db } from "~/server/db";

/** The current slug of an organisation that used to be reachable under `oldSlug`, if any. */
export async function currentSlugForAlias(db: Db, oldSlug: string): Promise<string | null> {
  const alias = await db.orgSlugAlias.findUnique({
    where: { slug: oldSlug },
    select: { organization: { select: { slug: true } } },
  });
  return alias?.organization.slug ?? null;
}
