import type { Caller } from "~/server/caller";
import type { Tx } from "~/server/db";
import { AppError, forbidden, notFound } from "~/server/errors";

/**
 * Loads the target membership and applies the rules every role change and removal shares:
 * another organisation's (or no) membership is NOT_FOUND; the last owner stays; only an owner
 * touches an owner. Owner rows are locked (FOR UPDATE) so two owners cannot demote or remove
 * each other at the same moment and leave the organisation without one.
 */
export async function lockTargetMembership(tx: Tx, caller: Caller, input: { membershipId: string; losesOwner: boolean }) {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "organizationId" = ${caller.organizationId} AND role = 'OWNER' ORDER BY id FOR UPDATE`;
  const target = await tx.membership.findFirst({
    where: { id: input.membershipId, organizationId: caller.organizationId },
    select: { id: true, role: true, userId: true, user: { select: { name: true, email: true } } },
  });
  if (!target) throw notFound("Member not found");
  if (target.role === "OWNER" && input.losesOwner && owners.length <= 1) {
    throw new AppError("PRECONDITION_FAILED", `${target.user.name} is the only owner. Make someone else an owner first.`);
  }
  if (target.userId === caller.userId) throw forbidden("You cannot change your own membership. Ask another admin.");
  if (target.role === "OWNER" && caller.role !== "OWNER") throw forbidden("Only an owner can change another owner.");
  return target;
}
