import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "~/server/db";
import { verifyApiKey } from "~/server/services/api-keys/verify-api-key";
import { callerFor } from "../../factories/caller";
import { codeOf, settingsFixture } from "./helpers";

describe("API keys from settings", () => {
  it("shows the key once, stores only its hash, lists it by prefix with last use; a revoked key is refused", async () => {
    const f = await settingsFixture();
    const admin = callerFor(f.admin.user.id);
    const created = await admin.settings.apiKeys.create({ orgSlug: f.org.slug, name: "  CRM sync ", scopes: ["write", "read"] });
    expect(created).toMatchObject({ name: "CRM sync", scopes: ["read", "write"] });
    expect(created.key).toMatch(/^ssi_live_[A-Za-z0-9_-]{43}$/);
    expect(created.key.startsWith(created.prefix)).toBe(true);

    // Hashed at rest: the row holds SHA-256 of the key and never the key.
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hash).toBe(createHash("sha256").update(created.key).digest("hex"));
    const everything = JSON.stringify(await db.apiKey.findMany()) + JSON.stringify(await db.auditLog.findMany());
    expect(everything).not.toContain(created.key);

    // Usable at once.
    expect(await verifyApiKey(db, { key: created.key })).toEqual({ apiKeyId: created.id, organizationId: f.org.id, scopes: ["read", "write"] });
    const listed = (await admin.settings.apiKeys.list({ orgSlug: f.org.slug })).find((k) => k.id === created.id)!;
    expect(listed).toMatchObject({ prefix: created.prefix, name: "CRM sync", revokedAt: null });
    expect(listed.lastUsedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(listed)).not.toContain(row.hash);
    expect("key" in listed).toBe(false);

    await admin.settings.apiKeys.revoke({ orgSlug: f.org.slug, apiKeyId: created.id });
    expect(await verifyApiKey(db, { key: created.key })).toBeNull();
    expect((await admin.settings.apiKeys.list({ orgSlug: f.org.slug })).find((k) => k.id === created.id)?.revokedAt).toBeInstanceOf(Date);
    const actions = (await db.auditLog.findMany({ where: { organizationId: f.org.id, targetId: created.id } })).map((a) => [a.action, a.actorId]);
    expect(actions.sort()).toEqual([["api_key.created", f.admin.user.id], ["api_key.revoked", f.admin.user.id]]);
  });

  it("validates name and scopes", async () => {
    const f = await settingsFixture();
    const owner = callerFor(f.owner.id);
    expect(await codeOf(owner.settings.apiKeys.create({ orgSlug: f.org.slug, name: "", scopes: ["read"] }))).toBe("BAD_REQUEST");
    expect(await codeOf(owner.settings.apiKeys.create({ orgSlug: f.org.slug, name: "x", scopes: [] }))).toBe("BAD_REQUEST");
    expect(await codeOf(owner.settings.apiKeys.create({ orgSlug: f.org.slug, name: "x", scopes: ["admin" as "read"] }))).toBe("BAD_REQUEST");
  });
});
