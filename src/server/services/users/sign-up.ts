import type { Db } from "~/server/db";
import { hashPassword } from "~/server/auth/password";
import { createOrganization } from "~/server/services/orgs/create-organization";
import { queueOrganizationSetUp } from "~/server/services/orgs/provision-organization";
import { insertUser } from "./register-user";

export interface SignUpInput {
  name: string;
  email: string;
  password: string;
  orgName: string;
}

/** Sign-up: a new user who owns a new organisation, stored atomically; then its set-up is queued. */
export async function signUpWithOrganization(db: Db, input: SignUpInput) {
  const passwordHash = await hashPassword(input.password);
  const created = await db.$transaction(async (tx) => {
    const user = await insertUser(tx, { email: input.email, name: input.name, passwordHash });
    const org = await createOrganization(tx, { ownerId: user.id, name: input.orgName });
    return { user, org };
  });
  await queueOrganizationSetUp(created.org.id, created.user.id);
  return created;
}
