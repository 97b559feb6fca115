import type { Role } from "@prisma/client";
import type { Caller } from "~/server/services/reps/access";

/** The service-layer view of an org procedure's context (services never take the tRPC ctx). */
export function callerOf(ctx: { userId: string; org: { id: string; role: Role } }): Caller {
  return { organizationId: ctx.org.id, userId: ctx.userId, role: ctx.org.role };
}
