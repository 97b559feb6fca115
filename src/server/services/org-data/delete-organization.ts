import { unlink } from "node:fs/promises";
import type { Db } from "~/server/db";
import { badRequest, notFound } from "~/server/errors";
import { logger } from "~/server/logger";
import { removeOrgSchedules } from "~/server/services/schedules/org-schedules";
import { purgeOrgJobs } from "./purge-jobs";
import { tenantModels, delegateOf } from "./tenant-models";
import type { TenantActor } from "~/server/caller";

/**
 * Deletes an organisation and everything it owns, after the caller typed its exact name:
 * 1. its job schedulers (weekly snapshot and report), so nothing new is scheduled;
 * 2. the Organization row: every tenant table references it with ON DELETE CASCADE, so all rows
 *    with its organizationId go in the same statement (verified below against the DMMF list);
 * 3. its jobs in every queue (waiting, delayed, finished) whose payload names the organisation;
 * 4. its files (uploaded archives, export ZIPs).
 * User accounts stay: they are people, who may belong to other organisations. The audit trail of
 * the organisation goes with it, so the deletion itself is recorded in the application log.
 */
export async function deleteOrganization(db: Db, actor: TenantActor, input: { confirmName: string }) {
  const models = tenantModels();
  const org = await db.organization.findUnique({ where: { id: actor.organizationId }, select: { id: true, name: true, slug: true } });
  if (!org) throw notFound("Organisation not found");
  if (input.confirmName !== org.name) {
    throw badRequest("Type the organisation's name exactly to delete it", { confirmName: `Type ${org.name} exactly` });
  }
  const [imports, exports] = await Promise.all([
    db.importJob.findMany({ where: { organizationId: org.id, storagePath: { not: null } }, select: { storagePath: true } }),
    db.exportJob.findMany({ where: { organizationId: org.id, filePath: { not: null } }, select: { filePath: true } }),
  ]);

  await removeOrgSchedules(org.id);
  await db.organization.delete({ where: { id: org.id } });
  const left: Record<string, number> = {};
  for (const model of models) {
    const n = await delegateOf(db, model).count({ where: { organizationId: org.id } });
    if (n) left[model.name] = n;
  }
  if (Object.keys(left).length) logger.error({ organizationId: org.id, left }, "rows left after deleting an organisation");
  const removedJobs = await purgeOrgJobs(org.id);
  for (const p of [...imports.map((i) => i.storagePath), ...exports.map((e) => e.filePath)]) if (p) await unlink(p).catch(() => {});
  logger.warn({ organizationId: org.id, slug: org.slug, actorId: actor.userId, removedJobs }, "organisation deleted");
  return { deleted: true as const, removedJobs };
}
