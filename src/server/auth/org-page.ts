import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "~/server/db";
import { resolveMembership } from "~/server/services/members/resolve-membership";
import { currentSlugForAlias } from "~/server/services/orgs/org-from-alias";
import { getSessionUser } from "./session";

/**
 * For pages under /o/[orgSlug]: the signed-in user and their membership, read from the database
 * on every request. Not signed in → sign-in; renamed org → its new URL; not a member → 404.
 */
export const requireOrgPage = cache(async (orgSlug: string, path = "dashboard") => {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/o/${orgSlug}/${path}`)}`);
  const org = await resolveMembership(db, user.id, orgSlug);
  if (!org) {
    const moved = await currentSlugForAlias(db, orgSlug);
    if (moved && (await resolveMembership(db, user.id, moved))) redirect(`/o/${moved}/${path}`);
    notFound();
  }
  return { user, org };
});
