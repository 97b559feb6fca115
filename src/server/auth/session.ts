import "server-only";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { env } from "~/env";
import { db } from "~/server/db";
import "./options"; // sets NEXTAUTH_URL, which decides the (secure) cookie name

/** What carries a session cookie: a route handler's request, or a page's cookies and headers. */
export interface SessionSource {
  headers: Headers;
  cookies: { getAll(): { name: string; value: string }[] };
}

/**
 * The one session reader: the user id in the request's session cookie (a verified JWT), or null.
 * Route handlers, the tRPC route and server components all come through here.
 */
export async function sessionUserId(source: SessionSource): Promise<string | null> {
  const token = await getToken({ req: source as never, secret: env.AUTH_SECRET });
  return typeof token?.sub === "string" && token.sub ? token.sub : null;
}

/** The session user id of the page being rendered (server components), cached per request. */
export const pageSessionUserId = cache(async () => sessionUserId({ headers: new Headers(await headers()), cookies: await cookies() }));

/** The signed-in user of the page being rendered (fresh from the database), or null. Cached per request. */
export const getSessionUser = cache(async () => {
  const id = await pageSessionUserId();
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
});
