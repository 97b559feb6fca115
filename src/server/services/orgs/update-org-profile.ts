import type { TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";
import { AppError, badRequest, notFound } from "~/server/errors";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { enqueueMany } from "~/server/jobs/queues";
import { logger } from "~/server/logger";
import { writeAudit } from "~/server/services/audit/write-audit";
import { syncOrgSchedules } from "~/server/services/schedules/org-schedules";
import type { OrgProfileChanges } from "~/lib/settings/schemas";
import { changedFields } from "../audit/changed-fields";
import { allowedIndustries, ORG_PROFILE_SELECT } from "./get-org-profile";

export interface UpdateOrgProfileOptions {
  changes: OrgProfileChanges;
}

/**
 * Saves the organisation profile and records what changed. A new slug keeps the old one as an
 * alias (old links redirect); taking back an own old slug drops its alias. After commit: a time
 * zone change moves the weekly schedules, an ICP change queues a recompute of every active rep.
 * Follow-up failures (Redis down) do not undo the saved change; they come back as warnings.
 */
export async function updateOrgProfile(db: Db, actor: TenantActor, opts: UpdateOrgProfileOptions) {
  const { organizationId } = actor;
  const { changes } = opts;
  if (changes.industry !== undefined && !(await allowedIndustries(db, organizationId)).has(changes.industry)) {
    throw badRequest("Choose an industry from the list", { industry: "Choose an industry from the list" });
  }

  const result = await db.$transaction(async (tx) => {
    const current = await tx.organization.findUnique({ where: { id: organizationId }, select: ORG_PROFILE_SELECT });
    if (!current) throw notFound("Organisation not found");
    const diff = changedFields(current, changes);
    if (diff.changed.length === 0) return { org: current, changed: [] as string[] };

    const goal = changes.goalTarget ?? current.goalTarget;
    const min = changes.minPersonalTarget !== undefined ? changes.minPersonalTarget : current.minPersonalTarget;
    if (min !== null && min > goal) {
      throw badRequest("The minimum personal target cannot be above the organisation's goal", {
        minPersonalTarget: `Use ${goal} or less (the organisation's goal)`,
      });
    }

    if (changes.slug !== undefined && changes.slug !== current.slug) {
      const takenByOrg = await tx.organization.findUnique({ where: { slug: changes.slug }, select: { id: true } });
      // Deliberately across organisations (the tenant guard would hide other organisations'
      // aliases): an address that still redirects to another organisation is not free. Only
      // the owning organizationId is read, to tell "ours" from "theirs".
      const aliases = await tx.$queryRaw<{ organizationId: string }[]>`SELECT "organizationId" FROM "OrgSlugAlias" WHERE slug = ${changes.slug}`;
      const alias = aliases[0] ?? null;
      if (takenByOrg || (alias && alias.organizationId !== organizationId)) {
        throw new AppError("CONFLICT", "That address is already taken", { fields: { slug: "That address is already taken" } });
      }
      if (alias) await tx.orgSlugAlias.delete({ where: { slug: changes.slug } });
      await tx.orgSlugAlias.upsert({
        where: { slug: current.slug },
        create: { slug: current.slug, organizationId },
        update: { organizationId },
      });
    }

    const org = await tx.organization.update({ where: { id: organizationId }, data: diff.after, select: ORG_PROFILE_SELECT });
    await writeAudit(tx, {
      organizationId,
      actorId: actor.userId,
      action: "org.updated",
      targetType: "Organization",
      targetId: organizationId,
      before: diff.before as never,
      after: diff.after as never,
    });
    return { org, changed: diff.changed };
  });

  const warnings: string[] = [];
  if (result.changed.includes("timezone")) {
    await syncOrgSchedules(db, organizationId).catch((err: unknown) => {
      logger.error({ err, organizationId }, "could not move the weekly schedules");
      warnings.push("Saved, but the weekly schedules could not be moved yet (the job service is unavailable). Save again later.");
    });
  }
  if (result.changed.includes("icpTitles") || result.changed.includes("icpIndustries")) {
    const queued = await queueRecomputeOfAllReps(db, organizationId).catch((err: unknown) => {
      logger.error({ err, organizationId }, "could not queue the ICP recompute");
      warnings.push("Saved, but scores could not be recomputed yet (the job service is unavailable).");
      return 0;
    });
    if (queued) logger.info({ organizationId, reps: queued }, "ICP changed: recompute queued");
  }
  return { org: result.org, changed: result.changed, warnings };
}

/** One (deduplicated) recompute per active rep. */
export async function queueRecomputeOfAllReps(db: Db, organizationId: string): Promise<number> {
  const reps = await db.repProfile.findMany({ where: { organizationId, archivedAt: null }, select: { id: true } });
  await enqueueMany(recomputeJob, reps.map((r) => ({ organizationId, repId: r.id })));
  return reps.length;
}
