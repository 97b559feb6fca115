import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";
import { profileFactsOf } from "~/server/services/activity/aggregate-inputs";
import { resolveVisibleRep } from "./access";

/** A rep's profile facts and data sources, for the caller who may see that rep. */
export async function getRepProfile(db: Db, caller: Caller, repId?: string) {
  const rep = await resolveVisibleRep(db, caller, repId);
  return { repId: rep.id, displayName: rep.displayName, jobTitle: rep.jobTitle, facts: profileFactsOf(rep), dataSources: rep.dataSources, lastImportAt: rep.lastImportAt };
}
