import type { Db } from "~/server/db";
import type { ProfileFactsInput } from "~/domain/profile-facts";
import { writeAudit } from "~/server/services/audit/write-audit";
import { resolveVisibleRep, type Caller } from "./access";
import { forbidden } from "~/server/errors";
import { hasRole } from "~/server/services/members/resolve-membership";

/** Edits a rep's profile facts: the rep themselves, or an admin. Marks the profile source present. */
export async function updateProfileFacts(db: Db, caller: Caller, input: { repId?: string; facts: Partial<ProfileFactsInput> }) {
  const rep = await resolveVisibleRep(db, caller, input.repId);
  if (rep.userId !== caller.userId && !hasRole(caller.role, "ADMIN")) throw forbidden("Only the rep or an admin can edit profile facts");
  const sources = { ...((rep.dataSources ?? {}) as Record<string, unknown>), profile: true };
  return db.$transaction(async (tx) => {
    const updated = await tx.repProfile.update({ where: { id: rep.id }, data: { ...input.facts, dataSources: sources } });
    await writeAudit(tx, {
      organizationId: caller.organizationId,
      actorId: caller.userId,
      action: "rep.profile.updated",
      targetType: "RepProfile",
      targetId: rep.id,
      after: input.facts,
    });
    return updated;
  });
}
