import { expect, test, type Page } from "@playwright/test";
import { DEMO, signInViaApi } from "../fixtures/auth";
import { sql } from "../fixtures/db";

// Every page of every role loads with no page error, no console error (hydration mismatches are
// reported there) and no failed request. Pages a role may not open are listed as deliberate 404s.

type Visit = { path: string; status?: 404 };

const SETTINGS = ["", "/members", "/invitations", "/teams", "/weekly-reports", "/reports", "/api-keys", "/benchmarks", "/audit", "/data"];
const ADMIN_ONLY = new Set(["/invitations", "/weekly-reports", "/reports", "/api-keys", "/benchmarks", "/audit", "/data"]);

async function pagesOf(role: "owner" | "manager" | "rep"): Promise<Visit[]> {
  const o = `/o/${DEMO.org}`;
  const [someRep] = await sql<{ id: string }>(
    `SELECT r.id FROM "RepProfile" r JOIN "Organization" o ON o.id = r."organizationId" JOIN "User" u ON u.id = r."userId"
     WHERE o.slug = $1 AND u.email <> $2 ORDER BY r."displayName" LIMIT 1`,
    [DEMO.org, DEMO.rep],
  );
  const common: Visit[] = [{ path: `${o}/dashboard` }, { path: `${o}/import` }, { path: `${o}/account` }, { path: `${o}/team` }];
  if (role === "rep") {
    return [...common, ...SETTINGS.map((s) => ({ path: `${o}/settings${s}`, status: 404 as const })), { path: `${o}/reps/${someRep!.id}`, status: 404 }];
  }
  if (role === "manager") {
    const [managed] = await sql<{ id: string }>(
      `SELECT r.id FROM "RepProfile" r JOIN "User" u ON u.id = r."userId" JOIN "TeamMember" m ON m."userId" = u.id AND m.role = 'MEMBER'
       JOIN "TeamMember" mgr ON mgr."teamId" = m."teamId" AND mgr.role = 'MANAGER' JOIN "User" mu ON mu.id = mgr."userId"
       WHERE mu.email = $1 LIMIT 1`,
      [DEMO.manager],
    );
    return [...common, { path: `${o}/reps/${managed!.id}` }, ...SETTINGS.map((s) => (ADMIN_ONLY.has(s) ? { path: `${o}/settings${s}`, status: 404 as const } : { path: `${o}/settings${s}` }))];
  }
  return [...common, { path: `${o}/reps/${someRep!.id}` }, ...SETTINGS.map((s) => ({ path: `${o}/settings${s}` }))];
}

/** Loads a page, lets it settle, and returns every problem the browser saw. */
async function problemsOn(page: Page, visit: Visit): Promise<string[]> {
  const problems: string[] = [];
  const onPageError = (e: Error) => problems.push(`page error: ${e.message}`);
  const onConsole = (m: { type(): string; text(): string }) => {
    if (m.type() !== "error") return;
    // A deliberate 404 page logs the 404 of its own document; nothing else may.
    if (visit.status === 404 && /status of 404/.test(m.text())) return;
    // Playwright's own helper script, refused by the e-mail preview's sandboxed iframe (no
    // allow-scripts, on purpose): the harness, not the app.
    if (/^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/.test(m.text())) return;
    problems.push(`console error: ${m.text()}`);
  };
  const onFailed = (r: { url(): string; failure(): { errorText: string } | null }) => {
    const why = r.failure()?.errorText ?? "";
    // Prefetches cancelled by the browser itself (a newer one, or the page settling) are not failures.
    if (why === "net::ERR_ABORTED" && /[?&]_rsc=/.test(r.url())) return;
    problems.push(`request failed: ${r.url()} ${why}`);
  };
  const onResponse = (r: { url(): string; status(): number; request(): { resourceType(): string } }) => {
    if (r.status() < 400) return;
    if (visit.status === 404 && r.request().resourceType() === "document") return;
    problems.push(`HTTP ${r.status()}: ${r.url()}`);
  };
  page.on("pageerror", onPageError);
  page.on("console", onConsole);
  page.on("requestfailed", onFailed);
  page.on("response", onResponse);
  try {
    const res = await page.goto(visit.path);
    expect(res?.status(), visit.path).toBe(visit.status ?? 200);
    await page.waitForLoadState("networkidle");
    await expect(page.locator("h1").first()).toBeVisible();
  } finally {
    page.off("pageerror", onPageError);
    page.off("console", onConsole);
    page.off("requestfailed", onFailed);
    page.off("response", onResponse);
  }
  return problems;
}

test.describe("every page loads cleanly", () => {
  test("signed out: sign-in, sign-up, an invalid invitation and unsubscribe link, the icon", async ({ page }) => {
    const all: string[] = [];
    for (const path of ["/signin", "/signup", `/invite/${"x".repeat(40)}`, "/unsubscribe?t=not-a-token"]) all.push(...(await problemsOn(page, { path })).map((p) => `${path}: ${p}`));
    expect(all).toEqual([]);
    const icon = await page.request.get("/favicon.ico");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    const head = await page.locator('link[rel="icon"]').count();
    expect(head).toBeGreaterThan(0);
  });

  for (const role of ["owner", "manager", "rep"] as const) {
    test(`${role}: every page of the app`, async ({ page }) => {
      test.setTimeout(180_000);
      await signInViaApi(page, DEMO[role]);
      const visits = await pagesOf(role);
      const all: string[] = [];
      for (const v of visits) all.push(...(await problemsOn(page, v)).map((p) => `${v.path}: ${p}`));
      expect(visits.length).toBeGreaterThan(10);
      expect(all).toEqual([]);
    });
  }
});
