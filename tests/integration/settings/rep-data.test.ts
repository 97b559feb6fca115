import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { queueNamesOf } from "~/server/jobs/define-job";
import { enqueue, queueNamed } from "~/server/jobs/queues";
import { callerFor } from "../../factories/caller";
import { fullOrg } from "./full-org";

const counts = async (repId: string) => ({
  activities: await db.activity.count({ where: { repId } }),
  snapshots: await db.weeklySnapshot.count({ where: { repId } }),
  readings: await db.officialSsiReading.count({ where: { repId } }),
  scores: await db.scoreCurrent.count({ where: { repId } }),
  goals: await db.goal.count({ where: { repId } }),
  imports: await db.importJob.count({ where: { repId } }),
});

describe("deleting one rep's data", () => {
  it("removes activities, snapshots, readings, score, goal and imports of that rep only", async () => {
    const f = await fullOrg();
    const rep = f.rep.rep.id;
    await db.repProfile.update({ where: { id: rep }, data: { headline: "Secret headline", connectionCount: 900 } });
    const before = await counts(rep);
    expect(Object.values(before).every((n) => n > 0)).toBe(true);
    const others = await db.activity.count({ where: { organizationId: f.org.id, repId: { not: rep } } });
    await db.activity.create({ data: { organizationId: f.org.id, repId: f.manager.rep.id, kind: "COMMENT", occurredAt: new Date(), source: "MANUAL", externalId: "keep-me" } });
    await enqueue(recomputeJob, { organizationId: f.org.id, repId: rep });

    const res = await callerFor(f.owner.id).settings.data.deleteRepData({ orgSlug: f.org.slug, repId: rep });
    expect(res).toMatchObject({ repId: rep, ...before });
    expect(await counts(rep)).toEqual({ activities: 0, snapshots: 0, readings: 0, scores: 0, goals: 0, imports: 0 });
    expect(await db.activity.count({ where: { organizationId: f.org.id, repId: { not: rep } } })).toBe(others + 1);
    // The member stays, with an empty profile.
    const profile = await db.repProfile.findUniqueOrThrow({ where: { id: rep } });
    expect(profile).toMatchObject({ headline: null, connectionCount: null, archivedAt: null });
    expect(await db.membership.count({ where: { organizationId: f.org.id, userId: f.rep.user.id } })).toBe(1);
    // Its queued recompute is gone.
    const waiting = (await Promise.all(queueNamesOf(recomputeJob).map((q) => queueNamed(q).getJobs(["waiting", "prioritized", "delayed"])))).flat();
    expect(waiting.filter((j) => j.data.repId === rep)).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { organizationId: f.org.id, action: "data.rep_data_deleted" } });
    expect(audit).toMatchObject({ actorId: f.owner.id, targetId: rep, before: { activities: before.activities } });
  });
});
