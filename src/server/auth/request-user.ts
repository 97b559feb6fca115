import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { env } from "~/env";
import "./options"; // sets NEXTAUTH_URL, which decides the (secure) cookie name

/** The user id in the request's session cookie (verified JWT), or null. */
export async function requestUserId(req: NextRequest): Promise<string | null> {
  const token = await getToken({ req, secret: env.AUTH_SECRET });
  return typeof token?.sub === "string" && token.sub ? token.sub : null;
}
