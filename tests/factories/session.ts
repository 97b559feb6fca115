import { encode } from "next-auth/jwt";

/** A signed NextAuth session cookie for `userId`, as the browser would send it. */
export async function sessionCookie(userId: string): Promise<string> {
  const token = await encode({ token: { sub: userId }, secret: process.env.AUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}
