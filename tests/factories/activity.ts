import type { ActivityKind } from "@prisma/client";
import { randomUUID } from "node:crypto";
import { db } from "~/server/db";
import { insertActivities, type ActivityRow } from "~/server/services/activity/insert-activities";

type Partial1 = Partial<Omit<ActivityRow, "organizationId" | "repId">> & { kind: ActivityKind; occurredAt: Date };

/** Stores activities for a rep (external ids generated unless given). */
export async function addActivities(rep: { id: string; organizationId: string }, rows: Partial1[]) {
  const full: ActivityRow[] = rows.map((r) => ({
    source: "SEED",
    externalId: randomUUID(),
    ...r,
    organizationId: rep.organizationId,
    repId: rep.id,
  }));
  for (let i = 0; i < full.length; i += 5000) await insertActivities(db, full.slice(i, i + 5000));
  return full;
}

export const daysAgo = (n: number, from = new Date()) => new Date(from.getTime() - n * 86_400_000);
