import type { EmailKind } from "@prisma/client";
import type { TenantActor } from "~/server/caller";
import type { Db } from "~/server/db";

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  kind: EmailKind;
}

/**
 * Who gets a report this week: reps their own, managers (and owners/admins) a team report — only
 * members who did not unsubscribe, and only kinds the organisation has switched on.
 */
export async function listRecipients(db: Db, organizationId: string): Promise<Recipient[]> {
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { repReportsEnabled: true, managerReportsEnabled: true } });
  const members = await db.membership.findMany({
    where: { organizationId, emailReports: true },
    select: { role: true, user: { select: { id: true, email: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  const out: Recipient[] = [];
  for (const m of members) {
    const kind: EmailKind | null = m.role === "REP" ? (org.repReportsEnabled ? "REP_REPORT" : null) : org.managerReportsEnabled ? "MANAGER_REPORT" : null;
    if (kind) out.push({ userId: m.user.id, email: m.user.email, name: m.user.name, kind });
  }
  return out;
}

/** Members whose report an admin can preview, by name, with their report setting. */
export async function listReportMembers(db: Db, actor: TenantActor) {
  const rows = await db.membership.findMany({
    where: { organizationId: actor.organizationId },
    select: { role: true, emailReports: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role, emailReports: r.emailReports }));
}
