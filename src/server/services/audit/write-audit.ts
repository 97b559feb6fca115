import type { Prisma } from "@prisma/client";
import type { Db, Tx } from "~/server/db";

export interface AuditEntry {
  organizationId: string;
  actorId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** Appends one audit row; pass the transaction so the row commits with the change it records. */
export async function writeAudit(client: Db | Tx, entry: AuditEntry): Promise<void> {
  await client.auditLog.create({ data: entry });
}
