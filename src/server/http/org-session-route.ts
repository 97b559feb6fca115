import "server-only";
import type { Role } from "@prisma/client";
import type { NextRequest } from "next/server";
import { hasRole } from "~/domain/roles";
import { env } from "~/env";
import { sessionUserId } from "~/server/auth/session";
import type { Caller } from "~/server/caller";
import { db, type Db } from "~/server/db";
import { runInTenant } from "~/server/db/tenant-context";
import { AppError, toHttpStatus } from "~/server/errors";
import type { Logger } from "~/server/logger";
import { callerOf, resolveMembership, type OrgAccess } from "~/server/services/members/resolve-membership";
import { csrfRefusal } from "./csrf";
import { requestContext } from "./request-context";

export interface OrgRouteContext {
  req: NextRequest;
  db: Db;
  caller: Caller;
  org: OrgAccess;
  log: Logger;
  requestId: string;
}

export interface OrgRouteOptions<P> {
  /** The organisation (slug or id) the request is for; resolved outside the tenant, then checked against the membership. */
  org: (req: NextRequest, params: P) => string | null | Promise<string | null>;
  /** Minimum role; below it the answer is 403 with this message. */
  role?: { atLeast: Role; message: string };
  /** For state changes: same-origin check plus a header a cross-site form cannot send. */
  csrfHeader?: string;
  unauthorizedMessage?: string;
  notFoundMessage?: string;
  /** What a user reads when something unexpected fails. */
  failureMessage: string;
}

/**
 * The one entrance for cookie-authenticated route handlers (downloads, uploads): session →
 * membership → role → `runInTenant` → the handler, with one error mapping. A non-member, and an
 * organisation that does not exist, answer the same 404.
 */
export function orgSessionRoute<P = Record<string, never>>(
  opts: OrgRouteOptions<P>,
  handler: (ctx: OrgRouteContext, params: P) => Promise<Response>,
): (req: NextRequest, route?: { params: Promise<P> }) => Promise<Response> {
  return async (req, route) => {
    const { requestId, log } = requestContext(req);
    const fail = (e: AppError) =>
      Response.json(
        { error: { code: e.code, message: e.message } },
        { status: toHttpStatus(e.code), headers: { "x-request-id": requestId, "cache-control": "no-store" } },
      );
    try {
      if (opts.csrfHeader) {
        const refusal = csrfRefusal(req, [new URL(env.APP_URL).origin], { requireJson: false });
        if (refusal || req.headers.get(opts.csrfHeader) !== "1") throw new AppError("FORBIDDEN", refusal ?? "Missing upload header");
      }
      const userId = await sessionUserId(req);
      if (!userId) throw new AppError("UNAUTHORIZED", opts.unauthorizedMessage ?? "Sign in to continue.");
      const params = ((await route?.params) ?? {}) as P;
      const notFound = new AppError("NOT_FOUND", opts.notFoundMessage ?? "Organisation not found");
      const orgRef = await opts.org(req, params);
      const org = orgRef ? await resolveMembership(db, userId, orgRef) : null;
      if (!org) throw notFound;
      if (opts.role && !hasRole(org.role, opts.role.atLeast)) throw new AppError("FORBIDDEN", opts.role.message);
      const caller = callerOf(userId, org);
      return await runInTenant(org.id, () => handler({ req, db, caller, org, log: log.child({ organizationId: org.id }), requestId }, params));
    } catch (err) {
      if (err instanceof AppError) return fail(err);
      log.error({ err }, "route failed");
      return Response.json(
        { error: { code: "INTERNAL_SERVER_ERROR", message: opts.failureMessage } },
        { status: 500, headers: { "x-request-id": requestId, "cache-control": "no-store" } },
      );
    }
  };
}
