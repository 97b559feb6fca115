import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { POST, GET } from "~/app/api/trpc/[trpc]/route";
import { createOrg } from "../../factories";

const APP = process.env.APP_URL ?? "http://localhost:3000";
const signUpBody = (email: string) =>
  JSON.stringify({ "0": superjson.serialize({ name: "Csrf Test", email, password: "a long password", orgName: "Csrf Org" }) });

function post(path: string, body: string, headers: Record<string, string>) {
  return POST(new NextRequest(`${APP}/api/trpc/${path}?batch=1`, { method: "POST", body, headers }));
}

describe("tRPC route: CSRF and session", () => {
  it("rejects a mutation sent as text/plain", async () => {
    const res = await post("auth.signUp", signUpBody("plain@example.test"), { "content-type": "text/plain", origin: APP });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/application\/json/);
  });

  it("rejects a mutation with a foreign Origin", async () => {
    const res = await post("auth.signUp", signUpBody("foreign@example.test"), { "content-type": "application/json", origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe("Cross-site request refused");
  });

  it("rejects a mutation with neither Origin nor same-origin fetch metadata", async () => {
    const res = await post("auth.signUp", signUpBody("noorigin@example.test"), { "content-type": "application/json" });
    expect(res.status).toBe(403);
  });

  it("accepts a same-origin JSON mutation", async () => {
    const res = await post("auth.signUp", signUpBody("ok@example.test"), { "content-type": "application/json", origin: APP });
    expect(res.status).toBe(200);
  });

  it("reads the user from a signed session cookie, and ignores a forged one", async () => {
    const { org, owner } = await createOrg();
    const input = encodeURIComponent(JSON.stringify({ "0": superjson.serialize({ orgSlug: org.slug }) }));
    const call = (cookie: string) =>
      GET(new NextRequest(`${APP}/api/trpc/org.current?batch=1&input=${input}`, { headers: { cookie } }));
    const token = await encode({ token: { sub: owner.id }, secret: process.env.AUTH_SECRET! });
    const ok = await call(`next-auth.session-token=${token}`);
    expect(ok.status).toBe(200);
    const forged = await encode({ token: { sub: owner.id }, secret: "some-other-secret-0123456789" });
    const refused = await call(`next-auth.session-token=${forged}`);
    expect(refused.status).toBe(401);
  });
});
