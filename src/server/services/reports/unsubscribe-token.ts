import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "~/env";

/** One-click unsubscribe links stay valid this long (reports are weekly; old e-mails still work). */
export const UNSUBSCRIBE_TTL_DAYS = 90;

const sign = (payload: string) =>
  createHmac("sha256", `${env.AUTH_SECRET}:unsubscribe`).update(payload).digest("base64url");

/** `<membershipId>.<expiry epoch seconds>.<HMAC>`: no database row needed, cannot be forged. */
export function unsubscribeToken(membershipId: string, now = new Date()): string {
  const exp = Math.floor(now.getTime() / 1000) + UNSUBSCRIBE_TTL_DAYS * 86_400;
  const payload = `${membershipId}.${exp}`;
  return `${payload}.${sign(payload)}`;
}

export type TokenCheck = { ok: true; membershipId: string } | { ok: false; reason: "malformed" | "bad-signature" | "expired" };

export function verifyUnsubscribeToken(token: string, now = new Date()): TokenCheck {
  const parts = token.split(".");
  if (parts.length !== 3 || !/^[a-z0-9]{10,40}$/i.test(parts[0]!) || !/^\d{9,11}$/.test(parts[1]!)) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(sign(`${parts[0]}.${parts[1]}`));
  const given = Buffer.from(parts[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "bad-signature" };
  if (Number(parts[1]) * 1000 < now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, membershipId: parts[0]! };
}

export function unsubscribeUrls(membershipId: string, now = new Date()) {
  const t = encodeURIComponent(unsubscribeToken(membershipId, now));
  return {
    /** List-Unsubscribe target: RFC 8058 one-click POST. */
    oneClick: `${env.APP_URL}/api/unsubscribe?t=${t}`,
    /** The link in the e-mail body: a confirmation page (GET changes nothing). */
    page: `${env.APP_URL}/unsubscribe?t=${t}`,
  };
}
