import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, signInViaApi } from "../fixtures/auth";

test.describe("sign-up, sign-out and sign-in", () => {
  test("a new user signs up, lands on the dashboard frame, signs out, and a seeded rep signs in", async ({ page }) => {
    const email = `new-${Date.now()}@example.test`;
    await page.goto("/signup");
    await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
    await page.getByLabel("Your name").fill("Robin Newcomer");
    await page.getByLabel("Work e-mail").fill(email);
    await page.getByLabel("Password").fill("a perfectly long password");
    await page.getByLabel("Organisation name").fill("Newcomer Sales");
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/o\/newcomer-sales[-\d]*\/dashboard$/);
    await expect(page.getByRole("heading", { name: /Hello, Robin/ })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main", exact: true });
    await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Settings" })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await page.goto("/o/northwind/dashboard");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=/);

    // The seeded rep signs in through the form.
    await page.getByLabel("Work e-mail").fill(DEMO.rep);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/o\/northwind\/dashboard$/);
    await expect(page.getByRole("heading", { name: /Hello, Priya/ })).toBeVisible();
  });

  test("a wrong password shows a clear message", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Work e-mail").fill(DEMO.manager);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password." })).toBeVisible();
    await page.screenshot({ path: "test-results/signin-error.png" });
  });

  test("a member of one organisation gets a 404 for another", async ({ page }) => {
    await signInViaApi(page, DEMO.rep);
    const res = await page.goto("/o/some-other-org/dashboard");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });

  test("tRPC mutations from a foreign origin or as text/plain are refused by the running app", async ({ request }) => {
    const body = JSON.stringify({ "0": { json: { name: "X", email: "x@example.test", password: "a long password", orgName: "X Org" } } });
    const foreign = await request.post("/api/trpc/auth.signUp?batch=1", { data: body, headers: { "content-type": "application/json", origin: "https://evil.example" } });
    expect(foreign.status()).toBe(403);
    const plain = await request.post("/api/trpc/auth.signUp?batch=1", { data: body, headers: { "content-type": "text/plain" } });
    expect(plain.status()).toBe(403);
  });
});
