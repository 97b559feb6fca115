import type { Caller } from "~/server/caller";
import type { Db } from "~/server/db";

const ownMembership = (caller: Caller) => ({ organizationId_userId: { organizationId: caller.organizationId, userId: caller.userId } });

/** The caller's weekly report e-mail setting in their organisation. */
export async function getReportPreferences(db: Db, caller: Caller) {
  const m = await db.membership.findUniqueOrThrow({
    where: ownMembership(caller),
    select: { emailReports: true, user: { select: { email: true, name: true } } },
  });
  return { emailReports: m.emailReports, email: m.user.email, name: m.user.name };
}

export async function setReportPreferences(db: Db, caller: Caller, input: { emailReports: boolean }) {
  await db.membership.update({ where: ownMembership(caller), data: { emailReports: input.emailReports } });
  return input;
}
