import "server-only";
import type { Db } from "~/server/db";
import { AppError } from "~/server/errors";
import { timingDummyHash, verifyPassword } from "./password";
import { loginRetryAfter, recordLoginFailure, recordLoginSuccess } from "./throttle";

export const WRONG_CREDENTIALS = "Wrong e-mail or password.";

/**
 * Checks e-mail + password with throttling. Throws AppError TOO_MANY_REQUESTS when throttled
 * (even for the right password) and UNAUTHORIZED with one message for any other failure,
 * so the answer never reveals whether the account exists.
 */
export async function authenticate(db: Db, input: { email: string; password: string; ip: string }) {
  const email = input.email.trim().toLowerCase();
  const wait = await loginRetryAfter(email, input.ip);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      { retryAfterSeconds: wait },
    );
  }
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyPassword(await timingDummyHash(), input.password), false);
  if (!user || !ok) {
    await recordLoginFailure(email, input.ip);
    throw new AppError("UNAUTHORIZED", WRONG_CREDENTIALS);
  }
  await recordLoginSuccess(email, input.ip);
  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } });
  return { id: user.id };
}
