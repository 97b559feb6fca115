import { afterEach, describe, expect, it, vi } from "vitest";

async function providerIds(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const { authOptions } = await import("~/server/auth/options");
  return authOptions.providers.map((p) => p.id);
}

describe("sign-in providers", () => {
  afterEach(() => {
    delete process.env.LINKEDIN_CLIENT_ID;
    delete process.env.LINKEDIN_CLIENT_SECRET;
  });

  it("offers only e-mail + password when LinkedIn is not configured", async () => {
    expect(await providerIds({ LINKEDIN_CLIENT_ID: undefined, LINKEDIN_CLIENT_SECRET: undefined })).toEqual(["credentials"]);
  });

  it("needs both the LinkedIn client id and secret", async () => {
    expect(await providerIds({ LINKEDIN_CLIENT_ID: "abc", LINKEDIN_CLIENT_SECRET: undefined })).toEqual(["credentials"]);
  });

  it("adds LinkedIn OpenID Connect when both are set", async () => {
    const ids = await providerIds({ LINKEDIN_CLIENT_ID: "abc", LINKEDIN_CLIENT_SECRET: "shh" });
    expect(ids).toEqual(["credentials", "linkedin"]);
    const { authOptions } = await import("~/server/auth/options");
    const li = authOptions.providers.find((p) => p.id === "linkedin") as unknown as { wellKnown: string; authorization: { params: { scope: string } } };
    expect(li.wellKnown).toBe("https://www.linkedin.com/oauth/.well-known/openid-configuration");
    expect(li.authorization.params.scope).toBe("openid profile email");
  });
});
