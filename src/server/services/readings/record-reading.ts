import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";
import { badRequest, notFound } from "~/server/errors";

export interface OfficialReadingInput {
  readOn: Date;
  total: number;
  brand: number;
  findPeople: number;
  engage: number;
  relationships: number;
  /** "Top X%" as LinkedIn shows it (1..100), optional. */
  industryTopPercent?: number | null;
  networkTopPercent?: number | null;
}

/** Records LinkedIn's own SSI as the rep read it (one reading per day; a second one replaces it). */
export async function recordOfficialReading(db: Db, caller: Caller, input: OfficialReadingInput, now = new Date()) {
  const sum = input.brand + input.findPeople + input.engage + input.relationships;
  if (Math.abs(sum - input.total) > 1) {
    throw badRequest(`The four pillars add up to ${sum.toFixed(2)}, not ${input.total}. Check the numbers on LinkedIn's page.`, {
      total: "Should equal the sum of the pillars",
    });
  }
  if (input.readOn.getTime() > now.getTime()) throw badRequest("The reading date cannot be in the future", { readOn: "Not in the future" });
  const rep = await db.repProfile.findUnique({
    where: { organizationId_userId: { organizationId: caller.organizationId, userId: caller.userId } },
    select: { id: true },
  });
  if (!rep) throw notFound("Rep not found");
  const day = new Date(Date.UTC(input.readOn.getUTCFullYear(), input.readOn.getUTCMonth(), input.readOn.getUTCDate()));
  const data = {
    total: input.total,
    brand: input.brand,
    findPeople: input.findPeople,
    engage: input.engage,
    relationships: input.relationships,
    industryRankPct: input.industryTopPercent ?? null,
    networkRankPct: input.networkTopPercent ?? null,
  };
  return db.officialSsiReading.upsert({
    where: { repId_readOn: { repId: rep.id, readOn: day } },
    create: { organizationId: caller.organizationId, repId: rep.id, readOn: day, createdById: caller.userId, ...data },
    update: data,
  });
}
