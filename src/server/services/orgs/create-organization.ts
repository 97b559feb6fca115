import type { Tx } from "~/server/db";
import { writeAudit } from "~/server/services/audit/write-audit";
import { uniqueSlug } from "./slug";

export interface CreateOrganizationOptions {
  ownerId: string;
  name: string;
  industry?: string;
  timezone?: string;
}

/**
 * A new organisation with its creator as OWNER (scored like any member). Runs inside the
 * caller's transaction so sign-up stores either everything or nothing.
 */
export async function createOrganization(tx: Tx, opts: CreateOrganizationOptions) {
  const owner = await tx.user.findUniqueOrThrow({ where: { id: opts.ownerId }, select: { id: true, name: true } });
  const org = await tx.organization.create({
    data: {
      name: opts.name,
      slug: await uniqueSlug(tx, opts.name),
      ...(opts.industry ? { industry: opts.industry } : {}),
      ...(opts.timezone ? { timezone: opts.timezone } : {}),
    },
  });
  await tx.membership.create({ data: { organizationId: org.id, userId: owner.id, role: "OWNER" } });
  await tx.repProfile.create({ data: { organizationId: org.id, userId: owner.id, displayName: owner.name } });
  await writeAudit(tx, {
    organizationId: org.id,
    actorId: owner.id,
    action: "org.created",
    targetType: "Organization",
    targetId: org.id,
    after: { name: org.name, slug: org.slug },
  });
  return org;
}
