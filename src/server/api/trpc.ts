import "server-only";
import { Prisma, type Role } from "@prisma/client";
import { initTRPC, StandardSchemaV1Error, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import { UNSTORABLE_TEXT_MESSAGE, unstorableTextPaths } from "~/lib/storable-text";
import { db } from "~/server/db";
import { runInTenant } from "~/server/db/tenant-context";
import { AppError, toTrpcCode } from "~/server/errors";
import type { Logger } from "~/server/logger";
import { requestMemo } from "~/server/request-memo";
import { hasRole } from "~/domain/roles";
import { callerOf, resolveMembership } from "~/server/services/members/resolve-membership";

export interface CreateContextOptions {
  userId: string | null;
  headers: Headers;
  log: Logger;
  requestId: string;
}

/** Per-request context: who is calling (user id only) and a request-scoped logger. */
export function createTRPCContext(opts: CreateContextOptions) {
  return { db, ...opts };
}
export type Context = ReturnType<typeof createTRPCContext>;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Field errors for forms: { path: message }.
        // Zod parse errors arrive as ZodError; the text sanitiser below (like any Standard Schema
        // parser) reports a StandardSchemaV1Error. Both carry `issues`.
        fieldErrors:
          cause instanceof StandardSchemaV1Error || cause instanceof ZodError
            ? Object.fromEntries(cause.issues.map((i) => [(i.path ?? []).map((p) => (typeof p === "object" ? String(p.key) : String(p))).join("."), i.message]))
            : cause instanceof AppError
              ? (cause.details?.fields ?? null)
              : null,
        stack: undefined,
      },
    };
  },
});

export const createCallerFactory = t.createCallerFactory;
export const router = t.router;

/** The one place domain errors become transport errors. */
const errorMapping = t.middleware(async ({ next, ctx, path }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      result.error = new TRPCError({ code: toTrpcCode(cause.code), message: cause.message, cause });
    } else if (cause instanceof Prisma.PrismaClientKnownRequestError && cause.code === "P2002") {
      result.error = new TRPCError({ code: "CONFLICT", message: "That already exists.", cause });
    } else if (cause instanceof Prisma.PrismaClientKnownRequestError && cause.code === "P2025") {
      result.error = new TRPCError({ code: "NOT_FOUND", message: "Not found", cause });
    } else if (result.error.code === "INTERNAL_SERVER_ERROR") {
      ctx.log.error({ err: cause ?? result.error, path }, "procedure failed");
      result.error = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong. Try again.", cause });
    }
  }
  return result;
});

/**
 * One shared input sanitiser for every procedure: strings PostgreSQL cannot store (NUL bytes,
 * unpaired surrogates) anywhere in the raw input are a BAD_REQUEST with field errors, before any
 * schema or query sees them (they used to reach the driver and fail as a 500).
 */
const refuseUnstorableText = t.middleware(async ({ getRawInput, next }) => {
  const paths = unstorableTextPaths(await getRawInput());
  if (paths.length > 0) {
    const issues = paths.map((path) => ({ path, message: `This text ${UNSTORABLE_TEXT_MESSAGE}` }));
    throw new TRPCError({ code: "BAD_REQUEST", message: `The input ${UNSTORABLE_TEXT_MESSAGE}.`, cause: new StandardSchemaV1Error(issues) });
  }
  return next();
});

export const publicProcedure = t.procedure.use(errorMapping).use(refuseUnstorableText);

export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  if (!ctx.userId) throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
  return next({ ctx: { ...ctx, userId: ctx.userId } });
});

export const orgInput = z.object({ orgSlug: z.string().min(1).max(64) });

/**
 * Verifies the caller's membership of the organisation named in the input and injects
 * `ctx.org` (id, slug, name, time zone, role) and `ctx.caller`, the one shape services receive.
 * Handlers pass ctx.caller, never the raw input. A non-member gets NOT_FOUND, exactly like an
 * organisation that does not exist.
 */
export const orgProcedure = protectedProcedure.input(orgInput).use(async ({ ctx, input, next }) => {
  const org = await requestMemo(`membership:${ctx.userId}:${input.orgSlug}`, () => resolveMembership(ctx.db, ctx.userId, input.orgSlug));
  if (!org) throw new TRPCError({ code: "NOT_FOUND", message: "Organisation not found" });
  // Everything the procedure does runs in this tenant: the Prisma tenant guard scopes it.
  return runInTenant(org.id, () => next({ ctx: { ...ctx, org, caller: callerOf(ctx.userId, org) } }));
});

/** Role guard composed on top of orgProcedure: OWNER > ADMIN > MANAGER > REP. */
export function requireRole(atLeast: Role) {
  return orgProcedure.use(({ ctx, next }) => {
    if (!hasRole(ctx.org.role, atLeast)) {
      throw new TRPCError({ code: "FORBIDDEN", message: `This needs the ${atLeast.toLowerCase()} role or higher.` });
    }
    return next();
  });
}

export const managerProcedure = requireRole("MANAGER");
export const adminProcedure = requireRole("ADMIN");
