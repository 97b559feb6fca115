// The REST shapes of a rep's score and history, read through the same services as the app.
import { pillarsOf, type NextBestAction, type SignalResult } from "~/domain/scoring";
import { isStorableText } from "~/lib/storable-text";
import type { Db } from "~/server/db";
import { notFound } from "~/server/errors";
import { readCurrentScore } from "~/server/services/scores/read-current-score";
import { readSnapshots } from "~/server/services/snapshots/read-snapshots";
import { findRep } from "~/server/services/reps/resolve-reps";
import type { RepScoreResponse, SnapshotsResponse } from "./schemas";

async function repOr404(db: Db, organizationId: string, idOrEmail: string) {
  // An id PostgreSQL cannot even compare (NUL, broken surrogate) names no rep: 404, not a driver 500.
  const rep = isStorableText(idOrEmail) && idOrEmail.length <= 320 ? await findRep(db, { organizationId, idOrEmail }) : null;
  if (!rep) throw notFound("Rep not found");
  return rep;
}

/** A rep's current score (computed on first request when the rep has none yet). */
export async function getRepScore(db: Db, opts: { organizationId: string; idOrEmail: string }): Promise<RepScoreResponse> {
  const rep = await repOr404(db, opts.organizationId, opts.idOrEmail);
  const row = await readCurrentScore(db, { organizationId: opts.organizationId, repId: rep.id });
  if (!row) throw notFound("This rep has no score yet");
  return {
    repId: rep.id,
    total: row.total,
    pillars: pillarsOf(row),
    modelVersion: row.modelVersion,
    asOf: row.asOf.toISOString(),
    signals: row.breakdown as unknown as SignalResult[],
    actions: row.actions as unknown as NextBestAction[],
  };
}

/** A rep's last `weeks` weekly snapshots, oldest first. */
export async function getRepSnapshots(db: Db, opts: { organizationId: string; idOrEmail: string; weeks: number }): Promise<SnapshotsResponse> {
  const rep = await repOr404(db, opts.organizationId, opts.idOrEmail);
  const snapshots = await readSnapshots(db, { organizationId: opts.organizationId, repId: rep.id, weeks: opts.weeks });
  return { repId: rep.id, weeks: opts.weeks, snapshots };
}
