import type { Role } from "@prisma/client";

/**
 * Who is calling, in the one shape services receive. Built only from the session's membership
 * (by `orgProcedure`, or `withOrgSession` for cookie routes), never from client input.
 */
export interface Caller {
  organizationId: string;
  userId: string;
  role: Role;
  /** The caller's own rep profile in this organisation, when they have one. */
  repId: string | null;
}

/**
 * The part of a Caller that operator paths (CLIs, jobs) can also provide: the organisation and,
 * when a person acts, who. Services an operator may run take this; routers still pass ctx.caller.
 */
export type TenantActor = Pick<Caller, "organizationId"> & { userId: string | null };
