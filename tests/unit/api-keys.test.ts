import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { activityEventSchema } from "~/server/api-v1/schemas";
import { bearerToken } from "~/server/http/rest/bearer";
import {
  API_KEY_PREFIX,
  generateApiKey,
  hashApiKey,
  isApiScope,
  looksLikeApiKey,
  VISIBLE_PREFIX_LENGTH,
  visiblePrefix,
} from "~/server/services/api-keys/key-format";

describe("API key format and hash", () => {
  it("is ssi_live_ + 32 random bytes in base64url, with a 16-character visible prefix", () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(/^ssi_live_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(key.slice(API_KEY_PREFIX.length), "base64url")).toHaveLength(32);
    expect(prefix).toBe(key.slice(0, 16));
    expect(prefix).toHaveLength(VISIBLE_PREFIX_LENGTH);
    expect(visiblePrefix(key)).toBe(prefix);
    expect(hash).toBe(createHash("sha256").update(key).digest("hex"));
  });

  it("hashes deterministically to 64 hex characters that do not contain the key", () => {
    const { key } = generateApiKey();
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).not.toContain(key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + 8));
    expect(hashApiKey(`${key}x`)).not.toBe(hashApiKey(key));
  });

  it("never repeats a key or a prefix in practice", () => {
    const keys = Array.from({ length: 500 }, () => generateApiKey());
    expect(new Set(keys.map((k) => k.key)).size).toBe(500);
    expect(new Set(keys.map((k) => k.prefix)).size).toBe(500);
  });

  it("recognises the key shape before any lookup", () => {
    expect(looksLikeApiKey(generateApiKey().key)).toBe(true);
    expect(looksLikeApiKey("")).toBe(false);
    expect(looksLikeApiKey("ssi_live_short")).toBe(false);
    expect(looksLikeApiKey(`ssi_test_${"a".repeat(43)}`)).toBe(false);
    expect(looksLikeApiKey(`ssi_live_${"a".repeat(42)}=`)).toBe(false);
    expect(looksLikeApiKey(`ssi_live_${"a".repeat(44)}`)).toBe(false);
  });

  it("knows the scopes", () => {
    expect(isApiScope("read")).toBe(true);
    expect(isApiScope("write")).toBe(true);
    expect(isApiScope("admin")).toBe(false);
  });
});

describe("bearer header parsing", () => {
  it("takes the token of a Bearer header, scheme case-insensitively", () => {
    expect(bearerToken("Bearer abc")).toBe("abc");
    expect(bearerToken("bearer   abc ")).toBe("abc");
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
  });
});

describe("activity event schema", () => {
  const base = { repId: "rep1", kind: "COMMENT", occurredAt: "2026-01-05T09:30:00+01:00", externalId: "crm:1" };

  it("accepts a minimal event and defaults quantity to 1", () => {
    expect(activityEventSchema.parse(base).quantity).toBe(1);
  });

  it("needs exactly one of repEmail and repId", () => {
    const { repId: _, ...none } = base;
    expect(activityEventSchema.safeParse(none).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, repEmail: "a@example.test" }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...none, repEmail: "a@example.test" }).success).toBe(true);
  });

  it("refuses local times, unknown kinds, bad external ids and unknown fields", () => {
    expect(activityEventSchema.safeParse({ ...base, occurredAt: "2026-01-05T09:30:00" }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, occurredAt: "2026-02-30T09:30:00Z" }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, kind: "LIKE" }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, externalId: "a b" }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, externalId: "x".repeat(201) }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, occuredAt: base.occurredAt }).success).toBe(false);
  });

  it("refuses what PostgreSQL cannot store, and metadata over 4 KB", () => {
    expect(activityEventSchema.safeParse({ ...base, counterpart: "a\u0000b" }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, metadata: { note: "a\u0000b" } }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, metadata: { note: "\ud800" } }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, metadata: { note: "😀" } }).success).toBe(true);
    expect(activityEventSchema.safeParse({ ...base, metadata: { note: "x".repeat(4100) } }).success).toBe(false);
    expect(activityEventSchema.safeParse({ ...base, metadata: [1, 2] }).success).toBe(false);
  });
});
