import { createHash, randomBytes } from "node:crypto";

/**
 * Org API keys: `ssi_live_` + 32 random bytes in base64url (43 characters), 52 characters in all.
 * Only the SHA-256 of the whole key is stored: a fast hash is right for a 256-bit random secret
 * (nothing to brute-force, unlike a password), and it lets us find the key by an indexed lookup.
 */
export const API_KEY_PREFIX = "ssi_live_";
/** How much of the key lists show ("ssi_live_" + 7 random characters); never enough to use it. */
export const VISIBLE_PREFIX_LENGTH = 16;
const KEY_PATTERN = /^ssi_live_[A-Za-z0-9_-]{43}$/;

export const API_SCOPES = ["read", "write"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export interface GeneratedApiKey {
  /** The full secret: shown once, never stored. */
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKey(): GeneratedApiKey {
  const key = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: visiblePrefix(key), hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function visiblePrefix(key: string): string {
  return key.slice(0, VISIBLE_PREFIX_LENGTH);
}

/** Cheap shape check before any database lookup. */
export function looksLikeApiKey(candidate: string): boolean {
  return KEY_PATTERN.test(candidate);
}

export function isApiScope(s: string): s is ApiScope {
  return (API_SCOPES as readonly string[]).includes(s);
}
