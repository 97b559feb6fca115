import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { weeklyReportJob } from "~/server/jobs/definitions/weekly-report";
import { weeklySnapshotJob } from "~/server/jobs/definitions/weekly-snapshot";
import { queueFor, queueNamed } from "~/server/jobs/queues";
import { reportSchedulerId, snapshotSchedulerId } from "~/server/services/schedules/org-schedules";
import { allQueueNames } from "~/server/services/org-data/purge-jobs";
import { tenantModels } from "~/server/services/org-data/tenant-models";
import { Prisma } from "@prisma/client";
import { callerFor } from "../../factories/caller";
import { fullOrg, queueJobsFor, tenantCounts } from "./full-org";
import { codeOf } from "./helpers";

/** Jobs (any state but active) whose payload names the organisation, per queue. */
async function jobsOf(organizationId: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of allQueueNames()) {
    const jobs = await queueNamed(name).getJobs(["waiting", "delayed", "prioritized", "waiting-children", "completed", "failed"], 0, -1);
    const n = jobs.filter((j) => j?.data?.organizationId === organizationId).length;
    if (n) out[name] = n;
  }
  return out;
}

async function schedulers(organizationId: string) {
  return {
    snapshot: Boolean(await queueFor(weeklySnapshotJob).getJobScheduler(snapshotSchedulerId(organizationId))),
    report: Boolean(await queueFor(weeklyReportJob).getJobScheduler(reportSchedulerId(organizationId))),
  };
}

describe("deleting an organisation", () => {
  it("the tenant list is every Prisma model with organizationId", () => {
    const fromDmmf = Prisma.dmmf.datamodel.models.filter((m) => m.fields.some((f) => f.name === "organizationId")).map((m) => m.name).sort();
    expect(tenantModels().map((m) => m.name).sort()).toEqual(fromDmmf);
    expect(fromDmmf.length).toBeGreaterThanOrEqual(17);
  });

  it("refuses without the exact name", async () => {
    const f = await fullOrg("Exact Name Inc");
    const err = await callerFor(f.owner.id).settings.data.deleteOrganization({ orgSlug: f.org.slug, confirmName: "exact name inc" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.organization.count({ where: { id: f.org.id } })).toBe(1);
  });

  it("removes every tenant row, its schedulers and queued jobs; another organisation is untouched", async () => {
    const doomed = await fullOrg("Doomed Ltd");
    const kept = await fullOrg("Kept Ltd");
    await queueJobsFor(doomed);
    await queueJobsFor(kept);

    const before = { doomed: await tenantCounts(doomed.org.id), kept: await tenantCounts(kept.org.id) };
    // Every tenant table has data in both, so "0 after" means something for each of them.
    for (const [model, n] of Object.entries(before.doomed)) expect(n, `doomed ${model}`).toBeGreaterThan(0);
    for (const [model, n] of Object.entries(before.kept)) expect(n, `kept ${model}`).toBeGreaterThan(0);
    const jobsBefore = { doomed: await jobsOf(doomed.org.id), kept: await jobsOf(kept.org.id) };
    expect(Object.keys(jobsBefore.doomed).length).toBeGreaterThanOrEqual(3);
    expect(await schedulers(doomed.org.id)).toEqual({ snapshot: true, report: true });
    const usersBefore = await db.user.count();

    const res = await callerFor(doomed.admin.user.id).settings.data.deleteOrganization({ orgSlug: doomed.org.slug, confirmName: "Doomed Ltd" });
    expect(res.deleted).toBe(true);

    const after = await tenantCounts(doomed.org.id);
    expect(Object.values(after).every((n) => n === 0), JSON.stringify(after)).toBe(true);
    expect(Object.keys(after).length).toBe(tenantModels().length);
    expect(await db.organization.count({ where: { id: doomed.org.id } })).toBe(0);
    expect(await db.orgSlugAlias.count({ where: { slug: doomed.oldSlug } })).toBe(0);
    expect(await jobsOf(doomed.org.id)).toEqual({});
    expect(await schedulers(doomed.org.id)).toEqual({ snapshot: false, report: false });

    // The other organisation: same rows, same jobs, same schedules.
    expect(await tenantCounts(kept.org.id)).toEqual(before.kept);
    expect(await jobsOf(kept.org.id)).toEqual(jobsBefore.kept);
    expect(await schedulers(kept.org.id)).toEqual({ snapshot: true, report: true });
    // People keep their accounts; they are just no longer members.
    expect(await db.user.count()).toBe(usersBefore);
    expect(await codeOf(callerFor(doomed.owner.id).org.current({ orgSlug: doomed.org.slug }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(kept.owner.id).org.current({ orgSlug: kept.org.slug }))).toBe("OK");
  });
});
