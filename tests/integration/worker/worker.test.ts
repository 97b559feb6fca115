import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { orgCreatedJob } from "~/server/jobs/definitions/org-created";
import { enqueue, queueFor } from "~/server/jobs/queues";
import { createOrg } from "../../factories";
import { startWorkerProcess, waitFor } from "../../factories/worker-process";

const provisioned = (organizationId: string) =>
  db.auditLog.findFirst({ where: { organizationId, action: "org.provisioned" } });

describe("worker process", () => {
  it("runs the org-created job end to end through real Redis, once, and exits cleanly on SIGTERM", async () => {
    const { org, owner } = await createOrg();
    const worker = await startWorkerProcess();
    try {
      const job = await enqueue(orgCreatedJob, { organizationId: org.id, actorId: owner.id });
      expect(job.id).toBe(`org-created.${org.id}`);
      const row = await waitFor(() => provisioned(org.id));
      expect(row.actorId).toBe(owner.id);
      await waitFor(async () => (await queueFor(orgCreatedJob).getJobState(job.id!)) === "completed");

      // Enqueueing the same organisation again is idempotent (same job id) and writes no second row.
      await enqueue(orgCreatedJob, { organizationId: org.id, actorId: owner.id });
      await new Promise((r) => setTimeout(r, 500));
      expect(await db.auditLog.count({ where: { organizationId: org.id, action: "org.provisioned" } })).toBe(1);
    } finally {
      const started = Date.now();
      worker.child.kill("SIGTERM");
      const code = await worker.exited;
      expect(code, worker.output()).toBe(0);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(worker.output()).not.toMatch(/shutdown timed out/);
    }
  });

  it("rejects an invalid payload at enqueue time", async () => {
    await expect(enqueue(orgCreatedJob, { organizationId: "", actorId: null })).rejects.toThrow();
  });
});
