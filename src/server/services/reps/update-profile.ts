import type { Db } from "~/server/db";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { enqueue } from "~/server/jobs/queues";
import type { ProfileFactsInput } from "~/domain/profile-facts";
import { writeAudit } from "~/server/services/audit/write-audit";
import type { Caller } from "~/server/caller";
import { resolveVisibleRep } from "./access";
import { forbidden } from "~/server/errors";
import { hasRole } from "~/domain/roles";

/**
 * Edits a rep's profile facts: the rep themselves, or an admin. Marks the profile source present,
 * then queues the rep's recompute.
 */
export async function updateProfileFacts(db: Db, caller: Caller, input: { repId?: string; facts: Partial<ProfileFactsInput> }) {
  const rep = await resolveVisibleRep(db, caller, input.repId);
  if (rep.userId !== caller.userId && !hasRole(caller.role, "ADMIN")) throw forbidden("Only the rep or an admin can edit profile facts");
  const sources = { ...((rep.dataSources ?? {}) as Record<string, unknown>), profile: true };
  const updated = await db.$transaction(async (tx) => {
    const row = await tx.repProfile.update({ where: { id: rep.id }, data: { ...input.facts, dataSources: sources } });
    await writeAudit(tx, {
      organizationId: caller.organizationId,
      actorId: caller.userId,
      action: "rep.profile.updated",
      targetType: "RepProfile",
      targetId: rep.id,
      after: input.facts,
    });
    return row;
  });
  await enqueue(recomputeJob, { organizationId: caller.organizationId, repId: updated.id });
  return updated;
}
