// Test data builders on the real database. Passwords share one precomputed argon2id hash so
// suites stay fast; sign-in tests that need a specific password pass it explicitly.
import type { Role } from "@prisma/client";
import { randomBytes } from "node:crypto";
import { db } from "~/server/db";
import { hashPassword } from "~/server/auth/password";

export const DEFAULT_PASSWORD = "correct horse battery staple";
let defaultHash: Promise<string> | undefined;

const uid = () => randomBytes(4).toString("hex");

export async function createUser(overrides: { email?: string; name?: string; password?: string } = {}) {
  const passwordHash = overrides.password
    ? await hashPassword(overrides.password)
    : await (defaultHash ??= hashPassword(DEFAULT_PASSWORD));
  return db.user.create({
    data: {
      email: (overrides.email ?? `user-${uid()}@example.test`).toLowerCase(),
      name: overrides.name ?? `User ${uid()}`,
      passwordHash,
    },
  });
}

/** An organisation with an OWNER (returned as `owner`). */
export async function createOrg(overrides: { name?: string; slug?: string; industry?: string; timezone?: string } = {}) {
  const owner = await createUser({ name: "Olivia Owner" });
  const id = uid();
  const org = await db.organization.create({
    data: {
      name: overrides.name ?? `Org ${id}`,
      slug: overrides.slug ?? `org-${id}`,
      industry: overrides.industry ?? "software",
      timezone: overrides.timezone ?? "UTC",
    },
  });
  await db.membership.create({ data: { organizationId: org.id, userId: owner.id, role: "OWNER" } });
  await db.repProfile.create({ data: { organizationId: org.id, userId: owner.id, displayName: owner.name } });
  return { org, owner };
}

/** A member of `orgId` with a role (and rep profile), optionally in a team. */
export async function addMember(orgId: string, role: Role, opts: { name?: string; teamId?: string; email?: string } = {}) {
  const user = await createUser({ name: opts.name, email: opts.email });
  const membership = await db.membership.create({ data: { organizationId: orgId, userId: user.id, role } });
  const rep = await db.repProfile.create({ data: { organizationId: orgId, userId: user.id, displayName: user.name } });
  if (opts.teamId) {
    await db.teamMember.create({
      data: { organizationId: orgId, teamId: opts.teamId, userId: user.id, role: role === "MANAGER" ? "MANAGER" : "MEMBER" },
    });
  }
  return { user, membership, rep };
}

export async function createTeam(orgId: string, name = `Team ${uid()}`) {
  return db.team.create({ data: { organizationId: orgId, name } });
}
