import { db } from "~/server/db";
import { writeAudit } from "~/server/services/audit/write-audit";
import { syncOrgSchedules } from "~/server/services/schedules/org-schedules";
import type { JobHandler } from "../define-job";
import type { OrgCreatedPayload } from "./org-created";

const handler: JobHandler<OrgCreatedPayload> = async ({ organizationId, actorId }, { log }) => {
  const org = await db.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!org) {
    log.warn({ organizationId }, "organisation vanished before org-created ran");
    return { skipped: true };
  }
  // Idempotent: a retry after a crash must not write a second row.
  const existing = await db.auditLog.findFirst({
    where: { organizationId, action: "org.provisioned" },
    select: { id: true },
  });
  if (!existing) {
    await writeAudit(db, { organizationId, actorId, action: "org.provisioned", targetType: "Organization", targetId: organizationId });
  }
  await syncOrgSchedules(db, org.id);
  return { provisioned: true };
};
export default handler;
