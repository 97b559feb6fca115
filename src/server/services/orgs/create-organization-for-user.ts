import type { Db } from "~/server/db";
import { createOrganization, type CreateOrganizationOptions } from "./create-organization";

/** An existing user creates another organisation (transaction of its own). */
export function createOrganizationForUser(db: Db, opts: CreateOrganizationOptions) {
  return db.$transaction((tx) => createOrganization(tx, opts));
}
