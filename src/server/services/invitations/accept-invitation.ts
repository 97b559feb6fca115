import type { Db, Tx } from "~/server/db";
import { AppError, forbidden } from "~/server/errors";
import { hashPassword } from "~/server/auth/password";
import { writeAudit } from "~/server/services/audit/write-audit";
import { insertUser } from "~/server/services/users/register-user";
import { hashToken } from "./tokens";

export type InvitationState = "valid" | "expired" | "used" | "revoked" | "unknown";

function invitationState(
  inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null,
  now: Date,
): InvitationState {
  if (!inv) return "unknown";
  if (inv.acceptedAt) return "used";
  if (inv.revokedAt) return "revoked";
  return inv.expiresAt <= now ? "expired" : "valid";
}

export async function describeInvitation(db: Db, token: string, now = new Date()) {
  const inv = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true, slug: true } },
      team: { select: { name: true } },
    },
  });
  if (!inv) return { state: "unknown" as const };
  const state = invitationState(inv, now);
  // Whether to offer sign-in or sign-up: only told to the holder of a valid token (the invitee).
  const hasAccount = state === "valid" && Boolean(await db.user.findUnique({ where: { email: inv.email }, select: { id: true } }));
  return {
    state,
    hasAccount,
    email: inv.email,
    role: inv.role,
    orgName: inv.organization.name,
    orgSlug: inv.organization.slug,
    teamName: inv.team?.name ?? null,
  };
}

const REFUSALS: Record<Exclude<InvitationState, "valid">, string> = {
  unknown: "This invitation link is not valid.",
  used: "This invitation has already been used.",
  revoked: "This invitation was withdrawn. Ask your admin for a new one.",
  expired: "This invitation has expired. Ask your admin for a new one.",
};

/**
 * Consumes the token and adds the user to the organisation with the invited role (and team).
 * The claim is a conditional update, so two concurrent accepts cannot both succeed.
 */
async function consumeInvitation(tx: Tx, token: string, user: { id: string; email: string; name: string }, now: Date) {
  const inv = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
  const state = invitationState(inv, now);
  if (!inv || state !== "valid") throw new AppError("BAD_REQUEST", REFUSALS[state as Exclude<InvitationState, "valid">]);
  if (inv.email !== user.email.toLowerCase()) {
    throw forbidden(`This invitation is for ${inv.email}. Sign in with that address to accept it.`);
  }
  const claimed = await tx.invitation.updateMany({
    where: { id: inv.id, acceptedAt: null, revokedAt: null },
    data: { acceptedAt: now },
  });
  if (claimed.count !== 1) throw new AppError("BAD_REQUEST", REFUSALS.used);

  const existing = await tx.membership.findUnique({
    where: { organizationId_userId: { organizationId: inv.organizationId, userId: user.id } },
  });
  if (!existing) {
    await tx.membership.create({ data: { organizationId: inv.organizationId, userId: user.id, role: inv.role } });
  }
  await tx.repProfile.upsert({
    where: { organizationId_userId: { organizationId: inv.organizationId, userId: user.id } },
    create: { organizationId: inv.organizationId, userId: user.id, displayName: user.name },
    update: { archivedAt: null },
  });
  if (inv.teamId) {
    await tx.teamMember.upsert({
      where: { teamId_userId: { teamId: inv.teamId, userId: user.id } },
      create: {
        organizationId: inv.organizationId,
        teamId: inv.teamId,
        userId: user.id,
        role: inv.role === "MANAGER" ? "MANAGER" : "MEMBER",
      },
      update: {},
    });
  }
  await writeAudit(tx, {
    organizationId: inv.organizationId,
    actorId: user.id,
    action: "invitation.accepted",
    targetType: "Invitation",
    targetId: inv.id,
    after: { role: inv.role, teamId: inv.teamId },
  });
  const org = await tx.organization.findUniqueOrThrow({ where: { id: inv.organizationId }, select: { id: true, slug: true } });
  return org;
}

/** A signed-in user accepts an invitation addressed to their e-mail. */
export async function acceptInvitation(db: Db, opts: { token: string; userId: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: opts.userId }, select: { id: true, email: true, name: true } });
    return consumeInvitation(tx, opts.token, user, opts.now ?? new Date());
  });
}

/** A new person signs up through an invitation link: account and membership in one transaction. */
export async function signUpWithInvitation(
  db: Db,
  opts: { token: string; name: string; password: string; now?: Date },
) {
  const passwordHash = await hashPassword(opts.password);
  return db.$transaction(async (tx) => {
    const inv = await tx.invitation.findUnique({ where: { tokenHash: hashToken(opts.token) }, select: { email: true } });
    if (!inv) throw new AppError("BAD_REQUEST", REFUSALS.unknown);
    const user = await insertUser(tx, { email: inv.email, name: opts.name, passwordHash });
    const org = await consumeInvitation(tx, opts.token, user, opts.now ?? new Date());
    return { user, org };
  });
}
