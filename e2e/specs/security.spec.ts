import { expect, test } from "@playwright/test";
import { DEMO, signInViaApi } from "../fixtures/auth";

test.describe("web security", () => {
  test("pages carry a strict CSP with a fresh nonce, and the other security headers", async ({ request }) => {
    const a = await request.get("/signin");
    const b = await request.get("/signin");
    const csp = a.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain("unsafe-eval");
    const nonce = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
    expect(nonce(csp)).not.toBe(nonce(b.headers()["content-security-policy"] ?? ""));
    // Next's own scripts carry the nonce, so the page hydrates under the policy.
    expect(await a.text()).toContain(`nonce="${nonce(csp)}"`);
    for (const res of [a, await request.get("/api/health")]) {
      const h = res.headers();
      expect(h["strict-transport-security"]).toMatch(/max-age=\d+/);
      expect(h["x-content-type-options"]).toBe("nosniff");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-frame-options"]).toBe("DENY");
      expect(h["x-powered-by"]).toBeUndefined();
    }
  });

  test("the page works under the CSP (no violations) after sign-in", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    await signInViaApi(page, DEMO.rep);
    await page.goto(`/o/${DEMO.org}/dashboard`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Import" }).first().click(); // client-side navigation needs the scripts
    await expect(page).toHaveURL(/\/import$/);
    expect(violations).toEqual([]);
  });

  test("a forged x-middleware-subrequest header does not reach protected pages", async ({ request }) => {
    for (const value of ["proxy", "middleware", "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware", "proxy:proxy:proxy:proxy:proxy"]) {
      const res = await request.get(`/o/${DEMO.org}/dashboard`, { headers: { "x-middleware-subrequest": value }, maxRedirects: 0 });
      expect(res.status(), value).toBe(307);
      expect(res.headers().location).toContain("/signin");
      const api = await request.get(`/api/trpc/org.current?batch=1&input=${encodeURIComponent(JSON.stringify({ "0": { json: { orgSlug: DEMO.org } } }))}`, { headers: { "x-middleware-subrequest": value } });
      expect(api.status()).toBe(401);
    }
  });

  test("rendered user text is escaped", async ({ page, baseURL }) => {
    const name = `<img src=x onerror="window.__xss=1">`;
    const email = `xss-${Date.now()}@example.test`;
    const res = await page.request.post("/api/trpc/auth.signUp?batch=1", {
      data: { "0": { json: { name, email, password: "a long enough password", orgName: `<script>window.__xss=2</script> Org` } } },
      headers: { "content-type": "application/json", origin: baseURL! },
    });
    expect(res.status()).toBe(200);
    await signInViaApi(page, email, "a long enough password");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hello, <img");
    await expect(page.getByText("<script>window.__xss=2</script> Org").first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });
});
