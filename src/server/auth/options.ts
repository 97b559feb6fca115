import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env, linkedInConfigured } from "~/env";
import { db } from "~/server/db";
import { AppError } from "~/server/errors";
import { logger } from "~/server/logger";
import { linkOAuthUser } from "~/server/services/users/link-oauth-user";
import { authenticate } from "./authenticate";
import { clientIp } from "./client-ip";
import { linkedInProvider } from "./linkedin-provider";

// NextAuth v4 builds callback and redirect URLs from NEXTAUTH_URL.
process.env.NEXTAUTH_URL ??= env.APP_URL;

/**
 * NextAuth with JWT sessions that carry the user id only (`sub`). Organisation membership and
 * role are never stored in the token: they are read from the database on every request.
 */
export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail and password",
      credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const email = credentials?.email ?? "";
        const password = credentials?.password ?? "";
        if (!email || !password || email.length > 254 || password.length > 256) return null;
        try {
          return await authenticate(db, { email, password, ip: clientIp(req.headers ?? {}) });
        } catch (e) {
          // NextAuth passes the message through to signIn()'s `error`, shown on the form.
          if (e instanceof AppError) throw new Error(e.message);
          logger.error({ err: e }, "sign-in failed unexpectedly");
          throw new Error("Sign-in is unavailable right now. Try again shortly.");
        }
      },
    }),
    ...(linkedInConfigured ? [linkedInProvider(env.LINKEDIN_CLIENT_ID!, env.LINKEDIN_CLIENT_SECRET!)] : []),
  ],
  callbacks: {
    async jwt({ token, user, account, profile }) {
      if (account?.provider === "linkedin" && profile) {
        const p = profile as { email?: string; email_verified?: boolean | string; name?: string; picture?: string };
        const userId = await linkOAuthUser(db, {
          provider: "linkedin",
          providerAccountId: account.providerAccountId,
          email: p.email ?? null,
          emailVerified: p.email_verified === true || p.email_verified === "true",
          name: p.name ?? null,
          image: p.picture ?? null,
        });
        return { sub: userId };
      }
      if (user) return { sub: user.id };
      // Keep only what NextAuth needs; no name, e-mail or picture in the cookie.
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "" } };
    },
  },
  logger: {
    error: (code, metadata) => logger.error({ code, metadata }, "next-auth error"),
    warn: (code) => logger.warn({ code }, "next-auth warning"),
    debug: () => {},
  },
};
