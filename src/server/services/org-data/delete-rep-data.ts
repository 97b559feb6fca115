import { emptyProfileFacts } from "~/domain/profile-facts";
import { unlink } from "node:fs/promises";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { logger } from "~/server/logger";
import { writeAudit } from "~/server/services/audit/write-audit";
import { purgeJobs } from "./purge-jobs";
import type { TenantActor } from "~/server/caller";

/** Reps whose data can be deleted: current members and removed (archived) ones. */
export async function listRepsForDeletion(db: Db, actor: TenantActor) {
  return db.repProfile.findMany({
    where: { organizationId: actor.organizationId },
    select: { id: true, displayName: true, archivedAt: true, lastImportAt: true, user: { select: { email: true } } },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
  });
}

/**
 * Deletes one rep's data on request: activities, weekly snapshots, official readings, current
 * score, personal goal, import jobs (and their uploaded files), and the LinkedIn profile facts.
 * The rep profile row stays (it is the member's place in the organisation) with its facts reset,
 * so a current member starts from zero. Their pending recompute/import jobs are dropped.
 */
export async function deleteRepData(db: Db, actor: TenantActor, input: { repId: string }) {
  const { result, files } = await db.$transaction(async (tx) => {
    const rep = await tx.repProfile.findFirst({ where: { id: input.repId, organizationId: actor.organizationId }, select: { id: true, displayName: true, userId: true } });
    if (!rep) throw notFound("Rep not found");
    const where = { organizationId: actor.organizationId, repId: rep.id };
    const imports = await tx.importJob.findMany({ where, select: { storagePath: true } });
    const counts = {
      activities: (await tx.activity.deleteMany({ where })).count,
      snapshots: (await tx.weeklySnapshot.deleteMany({ where })).count,
      readings: (await tx.officialSsiReading.deleteMany({ where })).count,
      scores: (await tx.scoreCurrent.deleteMany({ where })).count,
      goals: (await tx.goal.deleteMany({ where })).count,
      imports: (await tx.importJob.deleteMany({ where })).count,
    };
    await tx.repProfile.update({
      where: { id: rep.id },
      data: {
        ...emptyProfileFacts(),
        linkedinUrl: null,
        dataSources: {},
        lastImportAt: null,
      },
    });
    await writeAudit(tx, {
      organizationId: actor.organizationId,
      actorId: actor.userId,
      action: "data.rep_data_deleted",
      targetType: "RepProfile",
      targetId: rep.id,
      before: { displayName: rep.displayName, ...counts },
    });
    return { result: { repId: rep.id, displayName: rep.displayName, ...counts }, files: imports.map((i) => i.storagePath).filter((p): p is string => Boolean(p)) };
  });
  for (const f of files) await unlink(f).catch(() => {});
  await purgeJobs((d) => d.organizationId === actor.organizationId && d.repId === input.repId).catch((err: unknown) =>
    logger.warn({ err, repId: input.repId }, "could not drop the rep's queued jobs"),
  );
  return result;
}
