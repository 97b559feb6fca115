import type { ActivityKind } from "@prisma/client";
import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";
import { recomputeJob } from "~/server/jobs/definitions/recompute";
import { enqueue } from "~/server/jobs/queues";
import { badRequest, notFound } from "~/server/errors";
import { MANUAL_KINDS } from "./activity-kinds";
import { insertActivities } from "./insert-activities";

export interface LogActivityInput {
  kind: ActivityKind;
  quantity: number;
  occurredAt: Date;
  /** Client-generated id: a retried or double-clicked submission is stored once. */
  clientId: string;
}

/**
 * A rep logs their own activity by hand ("sent 5 connection requests"), then their score is
 * recomputed. Idempotent on clientId.
 */
export async function logActivity(db: Db, caller: Caller, input: LogActivityInput, now = new Date()) {
  const spec = MANUAL_KINDS.find((k) => k.kind === input.kind);
  if (!spec) throw badRequest("This kind of activity cannot be logged by hand", { kind: "Choose an activity from the list" });
  if (input.quantity < 1 || input.quantity > spec.maxQuantity) {
    throw badRequest(`Enter between 1 and ${spec.maxQuantity} ${spec.unit}`, { quantity: `1 to ${spec.maxQuantity}` });
  }
  if (input.occurredAt.getTime() > now.getTime() + 5 * 60_000) throw badRequest("The date cannot be in the future", { occurredAt: "Not in the future" });
  if (input.occurredAt.getTime() < now.getTime() - 365 * 86_400_000) throw badRequest("Only the last 12 months can be logged", { occurredAt: "Within the last 12 months" });
  if (!caller.repId) throw notFound("Rep not found");
  const rep = { id: caller.repId };
  const inserted = await insertActivities(db, [
    {
      organizationId: caller.organizationId,
      repId: rep.id,
      kind: input.kind,
      occurredAt: input.occurredAt,
      source: "MANUAL",
      externalId: `manual:${rep.id}:${input.clientId}`,
      quantity: input.quantity,
    },
  ]);
  const created = inserted.length === 1;
  if (created) await enqueue(recomputeJob, { organizationId: caller.organizationId, repId: rep.id });
  return { repId: rep.id, created };
}
