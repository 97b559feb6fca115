import { db } from "~/server/db";
import { recomputeRepScore } from "~/server/services/scores/recompute-rep";
import type { JobHandler } from "../define-job";
import type { RecomputePayload } from "./recompute";

const handler: JobHandler<RecomputePayload> = async ({ organizationId, repId }) => {
  const score = await recomputeRepScore(db, { organizationId, repId });
  return score ? { total: score.total } : { skipped: "rep not found" };
};
export default handler;
