import type { Role } from "@prisma/client";
import type { SettingsActor } from "~/server/services/audit/changed-fields";

/** The settings services' view of an org procedure's context (they never take the tRPC ctx). */
export function actorOf(ctx: { userId: string; org: { id: string; role: Role } }): SettingsActor {
  return { organizationId: ctx.org.id, actorId: ctx.userId, actorRole: ctx.org.role };
}

