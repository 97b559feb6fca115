import type { Db } from "~/server/db";
import { createOrganization, type CreateOrganizationOptions } from "./create-organization";
import { queueOrganizationSetUp } from "./provision-organization";

/** An existing user creates another organisation (transaction of its own), then its set-up is queued. */
export async function createOrganizationForUser(db: Db, opts: CreateOrganizationOptions) {
  const org = await db.$transaction((tx) => createOrganization(tx, opts));
  await queueOrganizationSetUp(org.id, opts.ownerId);
  return org;
}
