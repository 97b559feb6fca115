import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { formatScore } from "~/lib/format/number";
import { sql } from "../fixtures/db";
import { DEMO, signInViaApi } from "../fixtures/auth";

// The manager team view against the seeded demo org: Maya manages Enterprise and Mid-Market.


/** Current totals of the reps (team MEMBERs) of the named teams of the demo org. */
async function teamTotals(teams: string[]): Promise<{ name: string; total: number }[]> {
  return sql(
    `SELECT r."displayName" AS name, c.total FROM "RepProfile" r
       JOIN "Organization" o ON o.id = r."organizationId"
       JOIN "TeamMember" tm ON tm."userId" = r."userId" AND tm."organizationId" = o.id AND tm.role = 'MEMBER'
       JOIN "Team" t ON t.id = tm."teamId"
       JOIN "ScoreCurrent" c ON c."repId" = r.id
      WHERE o.slug = $1 AND t.name = ANY($2::text[])`,
    [DEMO.org, teams],
  );
}

const MAYA_TEAMS = ["Enterprise", "Mid-Market"];
const table = (page: Page) => page.getByTestId("rep-table");
/** The server-rendered table shows before React hydrates; the controls work once this is set. */
const hydrated = (page: Page) => expect(page.locator('[data-testid="team-view"][data-ready]')).toBeVisible();
const rowNames = (page: Page) => table(page).getByTestId("rep-link").allInnerTexts();

test.describe("manager team view", () => {
  test("Maya sees her teams, sorts by change, filters a band, downloads the CSV and opens a rep", async ({ page }) => {
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      // A missing favicon or a prefetch of a page another feature has not shipped is not ours.
      if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(`console: ${m.text()}`);
    });
    const totals = await teamTotals(MAYA_TEAMS);
    expect(totals.length).toBe(16);

    await signInViaApi(page, DEMO.manager);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/o/${DEMO.org}/team`);
    await expect(page.getByRole("heading", { level: 1, name: "Your teams" })).toBeVisible();
    await hydrated(page);

    // First paint has numbers (server-rendered): the team average from the database.
    const average = totals.reduce((s, r) => s + r.total, 0) / totals.length;
    await expect(page.getByTestId("team-average")).toHaveText(formatScore(average));
    await expect(page.getByTestId("table-range")).toHaveText("1–16 of 16");
    expect((await rowNames(page)).sort()).toEqual(totals.map((t) => t.name).sort());
    // Never a rep of Leo's SMB team.
    await expect(page.getByText("Grace Mensah")).toHaveCount(0);
    await expect(page.getByTestId("heatmap")).toContainText("Weakest pillar");
    await expect(page.getByTestId("trend-card").locator(".recharts-line path").first()).toBeVisible();
    await page.screenshot({ path: "test-results/team-desktop.png", fullPage: true });

    // Sort by change (largest first), by keyboard.
    await page.getByTestId("sort-change").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/sort=change/);
    await expect(page.getByRole("columnheader", { name: /Change/ })).toHaveAttribute("aria-sort", "descending");
    await expect(table(page).locator("tbody")).not.toHaveClass(/opacity-60/);
    const changes = await table(page).locator("[data-change]").evaluateAll((els) => els.map((el) => el.getAttribute("data-change")));
    const numbers = changes.filter((c) => c !== "").map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(changes.slice(numbers.length).every((c) => c === "")).toBe(true); // no change → last

    // Filter a band: only 50–70 reps, as many as the database has.
    await page.getByLabel("Score band", { exact: true }).selectOption("50to70");
    await expect(page).toHaveURL(/band=50to70/);
    const inBand = totals.filter((t) => Math.round(t.total * 10) / 10 >= 50 && Math.round(t.total * 10) / 10 < 70);
    expect(inBand.length).toBeGreaterThan(0);
    await expect(page.getByTestId("table-range")).toHaveText(`1–${inBand.length} of ${inBand.length}`);
    expect((await rowNames(page)).sort()).toEqual(inBand.map((t) => t.name).sort());

    // The URL is the view: reloading keeps sort and filter.
    await page.reload();
    await hydrated(page);
    await expect(page.getByTestId("table-range")).toHaveText(`1–${inBand.length} of ${inBand.length}`);
    await expect(page.getByRole("columnheader", { name: /Change/ })).toHaveAttribute("aria-sort", "descending");

    // CSV of the table as shown.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-csv").click()]);
    expect(download.suggestedFilename()).toMatch(/^team-northwind-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.slice(0, 4)).toEqual(["Name", "Team", "Total", "Change vs last week"]);
    expect(parsed.meta.fields?.at(-1)).toBe("Last activity (America/New_York)");
    expect(parsed.data).toHaveLength(inBand.length);
    expect(parsed.data.map((r) => r.Name)).toEqual(await rowNames(page));

    // Open a rep: their dashboard.
    const first = table(page).getByTestId("rep-link").first();
    const name = await first.innerText();
    await first.click();
    await expect(page).toHaveURL(new RegExp(`/o/${DEMO.org}/reps/[\\w-]+$`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("works on a 375 px phone: no page-wide horizontal scroll, the table scrolls in place", async ({ page }) => {
    await signInViaApi(page, DEMO.manager);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/o/${DEMO.org}/team`);
    await expect(page.getByTestId("rep-table")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: "test-results/team-phone.png", fullPage: true });
  });

  test("a team Maya does not manage is not hers to see: the link falls back to her own teams", async ({ page }) => {
    const [smb] = await sql<{ id: string }>(`SELECT t.id FROM "Team" t JOIN "Organization" o ON o.id = t."organizationId" WHERE o.slug = $1 AND t.name = 'SMB'`, [DEMO.org]);
    await signInViaApi(page, DEMO.manager);
    await page.goto(`/o/${DEMO.org}/team?team=${smb!.id}&sort=name`);
    await expect(page).toHaveURL(new RegExp(`/o/${DEMO.org}/team\\?sort=name$`));
    await expect(page.getByText("Grace Mensah")).toHaveCount(0);
    const res = await page.request.get(`/api/team/export?org=${DEMO.org}&team=${smb!.id}`);
    expect(res.status()).toBe(404);
  });

  test("a rep gets an explanation, never colleagues' rows", async ({ page }) => {
    await signInViaApi(page, DEMO.rep);
    await page.goto(`/o/${DEMO.org}/team`);
    await expect(page.getByRole("heading", { name: "The team view is for managers" })).toBeVisible();
    await expect(page.getByText("Marcus Chen")).toHaveCount(0);
    expect((await page.request.get(`/api/team/export?org=${DEMO.org}`)).status()).toBe(403);
  });

  test("with the leaderboard on, a rep sees names and totals of their own team, nothing more", async ({ page }) => {
    await sql(`UPDATE "Organization" SET "repLeaderboardEnabled" = true WHERE slug = $1`, [DEMO.org]);
    try {
      const enterprise = await teamTotals(["Enterprise"]);
      await signInViaApi(page, DEMO.rep);
      await page.goto(`/o/${DEMO.org}/team`);
      await expect(page.getByRole("heading", { level: 1, name: "Leaderboard" })).toBeVisible();
      const board = page.getByTestId("leaderboard");
      await expect(board.getByRole("listitem")).toHaveCount(enterprise.length);
      await expect(board.getByRole("listitem").filter({ hasText: "(you)" })).toContainText("Priya Raman");
      await expect(board).not.toContainText("Olivia Grant"); // Mid-Market
      await expect(board.getByRole("link")).toHaveCount(0); // no drill-down into colleagues
      expect((await page.request.get(`/api/team/export?org=${DEMO.org}`)).status()).toBe(403);
    } finally {
      await sql(`UPDATE "Organization" SET "repLeaderboardEnabled" = false WHERE slug = $1`, [DEMO.org]);
    }
  });
});
