import { db } from "~/server/db";
import { importArchiveJob } from "~/server/jobs/definitions/import-archive";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { enqueue } from "~/server/jobs/queues";
import { installOrgSchedules } from "~/server/services/schedules/org-schedules";
import { recomputeOrgScores } from "~/server/services/scores/recompute-rep";
import { callerFor } from "../../factories/caller";
import { addActivities } from "../../factories/activity";
import { BENCHMARK_CSV, settingsFixture, uid } from "./helpers";
import { tenantModels, delegateOf } from "~/server/services/org-data/tenant-models";

/**
 * An organisation with at least one row in every tenant table (checked by `tenantCounts`), made
 * through the settings procedures where they exist, so the data looks like real use.
 */
export async function fullOrg(name = `Full Org ${uid()}`) {
  const f = await settingsFixture({ name });
  const owner = callerFor(f.owner.id);
  const orgSlug = f.org.slug;
  await addActivities(f.rep.rep, [
    { kind: "COMMENT", occurredAt: new Date(Date.now() - 86_400_000), counterpartTitle: `Secret title of ${name}` },
    { kind: "POST_PUBLISHED", occurredAt: new Date(Date.now() - 2 * 86_400_000) },
  ]);
  await recomputeOrgScores(db, { organizationId: f.org.id });
  await db.weeklySnapshot.create({
    data: { organizationId: f.org.id, repId: f.rep.rep.id, isoWeek: "2026-W40", weekStart: new Date("2026-09-28"), total: 40, brand: 10, findPeople: 10, engage: 10, relationships: 10, breakdown: { v: 1, s: [] }, modelVersion: "v1.0.0" },
  });
  await db.officialSsiReading.create({ data: { organizationId: f.org.id, repId: f.rep.rep.id, readOn: new Date("2026-10-01"), total: 50, brand: 12, findPeople: 12, engage: 13, relationships: 13 } });
  await db.goal.create({ data: { organizationId: f.org.id, repId: f.rep.rep.id, target: 75 } });
  await db.importJob.create({ data: { organizationId: f.org.id, repId: f.rep.rep.id, fileName: "export.zip", fileSize: 10, status: "SUCCEEDED" } });
  await db.exportJob.create({ data: { organizationId: f.org.id, format: "json", status: "FAILED", error: "old" } });
  await db.emailLog.create({ data: { organizationId: f.org.id, userId: f.rep.user.id, isoWeek: "2026-W40", kind: "REP_REPORT", status: "SENT" } });
  await owner.settings.benchmarks.save({ orgSlug, csv: BENCHMARK_CSV });
  // A rename leaves an OrgSlugAlias behind.
  const renamed = `${orgSlug}-x`;
  await owner.settings.org.update({ orgSlug, slug: renamed, icpTitles: ["VP"] });
  const org = await db.organization.findUniqueOrThrow({ where: { id: f.org.id } });
  return { ...f, org, oldSlug: orgSlug };
}

/** Row count of every tenant table (the DMMF list) for one organisation. */
export async function tenantCounts(organizationId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const model of tenantModels()) out[model.name] = await delegateOf(db, model).count({ where: { organizationId } });
  return out;
}

/** Puts jobs of the organisation in several queues and states (waiting, delayed, partitioned). */
export async function queueJobsFor(f: Awaited<ReturnType<typeof fullOrg>>) {
  await installOrgSchedules({ id: f.org.id, timezone: f.org.timezone, reportDay: 1, reportHour: 8, repReportsEnabled: true, managerReportsEnabled: true });
  await enqueue(recomputeJob, { organizationId: f.org.id, repId: f.rep.rep.id });
  await enqueue(weeklyReportJob, { organizationId: f.org.id, isoWeek: "2026-W40" }, { delay: 3_600_000 });
  const imp = await db.importJob.findFirstOrThrow({ where: { organizationId: f.org.id } });
  await enqueue(importArchiveJob, { organizationId: f.org.id, importJobId: imp.id });
}
