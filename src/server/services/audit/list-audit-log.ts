import { TZDate } from "@date-fns/tz";
import type { Prisma } from "@prisma/client";
import type { Db } from "~/server/db";
import type { AuditQuery } from "~/lib/settings/schemas";
import type { TenantActor } from "~/server/caller";

/** Midnight at the start of a calendar day in the organisation's time zone. */
function startOfLocalDay(day: string, timeZone: string, plusDays = 0): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, timeZone).getTime());
}

/**
 * One page of the organisation's audit log, newest first, filtered by actor, action (exact, or a
 * prefix ending in "." such as "member.") and local date range (both days inclusive).
 */
export async function listAuditLog(db: Db, actor: TenantActor, input: { timeZone: string; query: AuditQuery }) {
  const q = input.query;
  const where: Prisma.AuditLogWhereInput = { organizationId: actor.organizationId };
  if (q.actorId) where.actorId = q.actorId;
  if (q.action) where.action = q.action.endsWith(".") ? { startsWith: q.action } : q.action;
  if (q.from || q.to) {
    where.createdAt = {
      ...(q.from ? { gte: startOfLocalDay(q.from, input.timeZone) } : {}),
      ...(q.to ? { lt: startOfLocalDay(q.to, input.timeZone, 1) } : {}),
    };
  }
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      select: { id: true, action: true, targetType: true, targetId: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
  ]);
  return { rows, total, page: q.page, pageSize: q.pageSize, pages: Math.max(1, Math.ceil(total / q.pageSize)) };
}

/** The choices of the filters: people who appear in the log and the actions recorded. */
export async function auditFilterOptions(db: Db, actor: TenantActor) {
  const [actors, actions] = await Promise.all([
    db.auditLog.groupBy({ by: ["actorId"], where: { organizationId: actor.organizationId, actorId: { not: null } } }),
    db.auditLog.groupBy({ by: ["action"], where: { organizationId: actor.organizationId }, orderBy: { action: "asc" } }),
  ]);
  const ids = actors.map((a) => a.actorId).filter((x): x is string => Boolean(x));
  const users = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }) : [];
  return { actors: users, actions: actions.map((a) => a.action) };
}
