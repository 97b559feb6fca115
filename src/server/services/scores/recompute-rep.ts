import type { Db } from "~/server/db";
import { aggregateScoringInputs } from "~/server/services/activity/aggregate-inputs";
import { scoreRep, type ScoreResult } from "~/domain/scoring";
import { upsertCurrentScores } from "./upsert-current-scores";

/** Recomputes one rep's current score from their stored activity (as of now). */
export async function recomputeRepScore(
  db: Db,
  opts: { organizationId: string; repId: string; now?: Date },
): Promise<ScoreResult | null> {
  const org = await db.organization.findUnique({
    where: { id: opts.organizationId },
    select: { icpTitles: true, icpIndustries: true },
  });
  if (!org) return null;
  const asOf = opts.now ?? new Date();
  const inputs = await aggregateScoringInputs(db, {
    organizationId: opts.organizationId,
    asOf,
    repIds: [opts.repId],
    icpKeywords: [...org.icpTitles, ...org.icpIndustries],
  });
  const input = inputs.get(opts.repId);
  if (!input) return null;
  const result = scoreRep(input);
  await upsertCurrentScores(db, opts.organizationId, [{ repId: opts.repId, result, asOf }]);
  return result;
}

/** Recomputes every active rep of an organisation in one set-based pass (seed, imports, ICP changes). */
export async function recomputeOrgScores(db: Db, opts: { organizationId: string; now?: Date }): Promise<number> {
  const org = await db.organization.findUniqueOrThrow({
    where: { id: opts.organizationId },
    select: { icpTitles: true, icpIndustries: true },
  });
  const asOf = opts.now ?? new Date();
  const inputs = await aggregateScoringInputs(db, {
    organizationId: opts.organizationId,
    asOf,
    icpKeywords: [...org.icpTitles, ...org.icpIndustries],
  });
  const rows = [...inputs].map(([repId, input]) => ({ repId, result: scoreRep(input), asOf }));
  await upsertCurrentScores(db, opts.organizationId, rows);
  return rows.length;
}
