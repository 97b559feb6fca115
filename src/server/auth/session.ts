import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "~/server/db";
import { authOptions } from "./options";

/** The signed-in user (fresh from the database), or null. Cached per request. */
export const getSessionUser = cache(async () => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
});
