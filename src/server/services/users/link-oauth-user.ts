import type { Db } from "~/server/db";
import { forbidden } from "~/server/errors";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
  image: string | null;
}

/**
 * Maps an external identity to our user: a known account signs in; a verified e-mail of an existing
 * user links to it; otherwise a new user is created (who then creates or joins an organisation).
 */
export async function linkOAuthUser(db: Db, id: OAuthIdentity): Promise<string> {
  const account = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: id.provider, providerAccountId: id.providerAccountId } },
    select: { userId: true },
  });
  if (account) return account.userId;
  if (!id.email || !id.emailVerified) throw forbidden("Your LinkedIn account has no verified e-mail address.");
  const email = id.email.toLowerCase();
  return db.$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email }, select: { id: true } })) ??
      (await tx.user.create({ data: { email, name: id.name ?? email, image: id.image }, select: { id: true } }));
    await tx.account.create({ data: { userId: user.id, provider: id.provider, providerAccountId: id.providerAccountId } });
    return user.id;
  });
}
