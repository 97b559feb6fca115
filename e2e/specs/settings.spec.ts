import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { E2E_ENV } from "../e2e-env";
import { DEMO, signInViaApi } from "../fixtures/auth";

// The admin's organisation settings against the seeded demo org, in one story: profile changes
// that persist, an invitation really mailed through SMTP and accepted in a fresh browser, a team
// staffed with the new manager, and an API key that works until it is revoked. Every change is
// undone at the end, so the specs that run after this one see the seeded organisation.

const SETTINGS = `/o/${DEMO.org}/settings`;
const SEEDED = { timezone: "America/New_York", goal: "70" };

/** The "Accept the invitation" link of the invitation mailed to `to`, once it has arrived. */
async function invitationLink(to: string): Promise<string> {
  let link = "";
  await expect
    .poll(
      async () => {
        const dir = E2E_ENV.MAIL_CAPTURE_DIR;
        for (const f of (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(".eml"))) {
          const mail = await simpleParser(await readFile(join(dir, f)));
          const rcpt = [mail.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address));
          if (!rcpt.includes(to) || typeof mail.html !== "string") continue;
          for (const m of mail.html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
            if (/Accept the invitation/.test(m[2]!.replace(/<[^>]+>/g, ""))) link = m[1]!.replaceAll("&amp;", "&");
          }
        }
        return link;
      },
      { message: `an invitation mail to ${to} in ${E2E_ENV.MAIL_CAPTURE_DIR}`, timeout: 20_000 },
    )
    .toMatch(/\/invite\/[\w-]{20,}$/);
  return link;
}

const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text }).first();

async function saveProfile(page: Page, timezone: string, goal: string) {
  await page.getByLabel("Time zone").selectOption(timezone);
  await page.getByLabel("Goal target").fill(goal);
  await page.getByRole("button", { name: "Save organisation settings" }).click();
  await expect(toast(page, "Organisation settings saved")).toBeVisible();
}

test.describe("admin organisation settings", () => {
  test.describe.configure({ timeout: 180_000 });

  test("profile, invitation by e-mail, team, API key — and everything undone", async ({ page, browser, request }) => {
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror on ${page.url()}: ${e.message}`));
    await signInViaApi(page, DEMO.owner);

    // 1. Time zone and goal persist across a reload.
    await page.goto(SETTINGS);
    await expect(page.getByRole("heading", { level: 1, name: "Organisation" })).toBeVisible();
    await expect(page.getByLabel("Time zone")).toHaveValue(SEEDED.timezone);
    await saveProfile(page, "Europe/Berlin", "75");
    await page.reload();
    await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
    await expect(page.getByLabel("Goal target")).toHaveValue("75");

    // 2. Invite a manager: the mail reaches the local SMTP capture; its link, opened in a fresh
    //    browser (nobody signed in), creates the account and joins.
    const email = `casey.${Date.now()}@example.test`;
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Invitations" }).click();
    const invite = page.getByRole("form", { name: "Invite a member" });
    await invite.getByLabel("E-mail").fill(email);
    await invite.getByLabel("Role").selectOption("MANAGER");
    await invite.getByRole("button", { name: "Send invitation" }).click();
    await expect(toast(page, `Invitation sent to ${email}`)).toBeVisible();
    await expect(page.getByRole("list", { name: "Pending invitations" })).toContainText(email);

    const link = await invitationLink(email);
    const guest = await browser.newContext();
    try {
      const invitee = await guest.newPage();
      await invitee.goto(link);
      await expect(invitee.getByRole("heading", { name: "Join Northwind Sales" })).toBeVisible();
      await invitee.getByLabel("Your name").fill("Casey Newman");
      await invitee.getByLabel("Password").fill("casey-manager-password");
      await invitee.getByRole("button", { name: "Create account and join" }).click();
      await expect(invitee).toHaveURL(new RegExp(`/o/${DEMO.org}/`));
      // The link worked once.
      await invitee.goto(link);
      await expect(invitee.getByText(/already been used|not valid/)).toBeVisible();
    } finally {
      await guest.close();
    }

    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Members" }).click();
    await page.getByLabel("Search members").fill(email);
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Casey Newman");
    await expect(page.getByLabel("Role of Casey Newman")).toHaveValue("MANAGER");

    // 3. A team, managed by the new manager.
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Teams" }).click();
    await page.getByRole("form", { name: "Create a team" }).getByLabel("Team name").fill("E2E Partnerships");
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(toast(page, "Team E2E Partnerships created")).toBeVisible();
    // Creating opens the people picker of the new team.
    const people = page.getByRole("dialog", { name: "People of E2E Partnerships" });
    await expect(people).toBeVisible();
    await people.getByLabel("Find people").fill("Casey");
    await people.getByRole("group", { name: /Managers/ }).getByRole("checkbox", { name: /Casey Newman/ }).check();
    await people.getByRole("button", { name: "Save people" }).click();
    await expect(people).toBeHidden();
    const card = page.getByTestId("team-card").filter({ has: page.getByRole("heading", { name: "E2E Partnerships" }) });
    await expect(card.getByTestId("team-managers")).toHaveText("Casey Newman");

    // 4. An API key: shown once, works, then refused once revoked.
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "API keys" }).click();
    await page.getByLabel("Key name").fill("E2E integration");
    await page.getByRole("button", { name: "Create API key" }).click();
    const secret = page.getByTestId("api-key-secret");
    await expect(secret).toContainText("it will not be shown again");
    const key = await secret.getByLabel(/Secret key/).inputValue();
    expect(key).toMatch(/^ssi_live_[\w-]{43}$/);
    const score = `/api/v1/reps/${encodeURIComponent(DEMO.rep)}/score`;
    const ok = await request.get(score, { headers: { Authorization: `Bearer ${key}` } });
    expect(ok.status(), await ok.text()).toBe(200);
    await secret.getByRole("button", { name: "I have stored the key" }).click();
    const row = page.getByTestId("api-key-row").filter({ hasText: "E2E integration" });
    await expect(row).toContainText(key.slice(0, 16));
    await page.reload();
    await expect(row).toBeVisible();
    expect(await page.content()).not.toContain(key);
    await row.getByRole("button", { name: "Revoke E2E integration" }).click();
    await page.getByRole("dialog", { name: "Revoke E2E integration?" }).getByRole("button", { name: "Revoke key" }).click();
    await expect(row).toContainText("Revoked");
    const refused = await request.get(score, { headers: { Authorization: `Bearer ${key}` } });
    expect(refused.status()).toBe(401);

    // 5. The audit log recorded it all.
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Audit log" }).click();
    await page.getByLabel("Action").selectOption("api_key.revoked");
    await expect(page).toHaveURL(/action=api_key\.revoked/);
    await expect(page.getByTestId("audit-row")).toHaveCount(1);
    await page.getByTestId("audit-row").getByText("Api key revoked").click();
    await expect(page.getByTestId("audit-row")).toContainText("E2E integration");

    // Undo: the team, the new member and the profile, as seeded.
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Teams" }).click();
    await page.getByRole("button", { name: "Delete E2E Partnerships" }).click();
    await page.getByRole("dialog", { name: "Delete team E2E Partnerships?" }).getByRole("button", { name: "Delete team" }).click();
    await expect(page.getByRole("heading", { name: "E2E Partnerships" })).toHaveCount(0);
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Members" }).click();
    await page.getByRole("button", { name: "Remove Casey Newman" }).click();
    await page.getByRole("dialog", { name: "Remove Casey Newman?" }).getByRole("button", { name: "Remove member" }).click();
    await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
    await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Organisation" }).click();
    await saveProfile(page, SEEDED.timezone, SEEDED.goal);

    expect(problems).toEqual([]);
  });

  test("report schedule, data export, own benchmark and the audit filters in the URL", async ({ page }) => {
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror on ${page.url()}: ${e.message}`));
    await signInViaApi(page, DEMO.owner);

    // Weekly reports: Friday 09:00 persists; then back to the seeded Monday 08:00.
    await page.goto(`${SETTINGS}/weekly-reports`);
    await expect(page.getByLabel("Day of the week")).toHaveValue("1");
    await page.getByLabel("Day of the week").selectOption({ label: "Friday" });
    await page.getByLabel("Local hour").selectOption("9");
    await page.getByLabel("Manager reports").uncheck();
    await expect(page.getByTestId("schedule-summary")).toContainText("Only rep reports go out every Friday at 09:00");
    await page.getByRole("button", { name: "Save schedule" }).click();
    await expect(toast(page, "Report schedule saved")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Day of the week")).toHaveValue("5");
    await expect(page.getByLabel("Local hour")).toHaveValue("9");
    await expect(page.getByLabel("Manager reports")).not.toBeChecked();
    await page.getByLabel("Day of the week").selectOption("1");
    await page.getByLabel("Local hour").selectOption("8");
    await page.getByLabel("Manager reports").check();
    await page.getByRole("button", { name: "Save schedule" }).click();
    await expect(toast(page, "Report schedule saved")).toBeVisible();

    // Data: an export runs in the worker and becomes a ZIP download.
    await page.goto(`${SETTINGS}/data`);
    await page.getByLabel("CSV in a ZIP").check();
    await page.getByRole("button", { name: "Start export" }).click();
    const exportRow = page.getByTestId("export-row").first();
    await expect(exportRow).toContainText("CSV");
    await expect(exportRow.getByRole("link", { name: "Download ZIP" })).toBeVisible({ timeout: 60_000 });
    const href = await exportRow.getByRole("link", { name: "Download ZIP" }).getAttribute("href");
    const zip = await page.request.get(href!);
    expect(zip.status()).toBe(200);
    expect((await zip.body()).subarray(0, 2).toString("latin1")).toBe("PK");

    // Benchmarks: problems per line, then a valid file saved and removed again.
    await page.goto(`${SETTINGS}/benchmarks`);
    await expect(page.getByTestId("benchmark-in-use")).toContainText("Software & SaaS");
    const header = "industry,label,total_mean,total_sd,brand_mean,find_people_mean,engage_mean,relationships_mean,sample_size,source,as_of";
    await page.getByLabel("Or paste the CSV").fill(`${header}\nsoftware,Software,150,10,14,12,12,15,300,Survey,2026-10-01`);
    await page.getByRole("button", { name: "Check the CSV" }).click();
    await expect(page.getByTestId("benchmark-problems")).toContainText("total_mean");
    await expect(page.getByRole("button", { name: "Save as our benchmark" })).toBeDisabled();
    await page.getByLabel("Or paste the CSV").fill(`${header}\nsoftware,Software,55.5,10,14,12,12,15,300,Our own survey,2026-10-01`);
    await page.getByRole("button", { name: "Check the CSV" }).click();
    await expect(page.getByTestId("benchmark-preview")).toContainText("Our own survey");
    await page.getByRole("button", { name: "Save as our benchmark" }).click();
    await expect(page.getByTestId("benchmark-in-use")).toContainText("your own uploaded benchmark");
    await expect(page.getByTestId("benchmark-in-use")).toContainText("55.5");
    await page.getByRole("button", { name: "Use the platform's instead" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Remove our benchmark" }).click();
    await expect(page.getByTestId("benchmark-in-use")).not.toContainText("your own uploaded benchmark");

    // Audit: a kind filter lives in the URL and survives a reload.
    await page.goto(`${SETTINGS}/audit`);
    await page.getByLabel("Action").selectOption("benchmark.");
    await expect(page).toHaveURL(/action=benchmark\./);
    await expect(page.getByTestId("audit-row")).toHaveCount(2);
    await page.reload();
    await expect(page.getByLabel("Action")).toHaveValue("benchmark.");
    await expect(page.getByTestId("audit-row")).toHaveCount(2);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(page).not.toHaveURL(/action=/);

    expect(problems).toEqual([]);
  });

  test("an owner deletes their organisation after typing its name and lands on onboarding", async ({ page }) => {
    // A fresh organisation of its own, so the demo org stays whole for the other specs.
    const stamp = Date.now();
    const orgName = `Doomed Sales ${stamp}`;
    await page.goto("/signup");
    await page.getByLabel("Your name").fill("Dana Doomed");
    await page.getByLabel("Work e-mail").fill(`dana.${stamp}@example.test`);
    await page.getByLabel("Password").fill("a perfectly long password");
    await page.getByLabel("Organisation name").fill(orgName);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/o\/[^/]+\/dashboard$/);
    const slug = new URL(page.url()).pathname.split("/")[2]!;

    await page.goto(`/o/${slug}/settings/data`);
    const form = page.getByRole("form", { name: "Delete the organisation" });
    const submit = form.getByRole("button", { name: "Delete this organisation…" });
    await form.getByLabel(/to confirm/).fill("Doomed Sales");
    await expect(submit).toBeDisabled();
    await form.getByLabel(/to confirm/).fill(orgName);
    await submit.click();
    await page.getByRole("dialog", { name: `Delete ${orgName} for good?` }).getByRole("button", { name: "Delete the organisation" }).click();
    await expect(page).toHaveURL(/\/onboarding$/);
    expect((await page.goto(`/o/${slug}/dashboard`))?.status()).toBe(404);
  });

  test("managers read teams but not admin sections; reps get a 404 for settings", async ({ page }) => {
    await signInViaApi(page, DEMO.manager);
    await page.goto(`${SETTINGS}/teams`);
    await expect(page.getByText("Read-only: admins and owners can change this")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Enterprise" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Create team" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /Edit the people of/ })).toHaveCount(0);
    // On a phone the section nav scrolls sideways; the page itself does not.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByRole("heading", { name: "Mid-Market" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect((await page.goto(`${SETTINGS}/api-keys`))?.status()).toBe(404);

    await page.context().clearCookies();
    await signInViaApi(page, DEMO.rep);
    for (const path of [SETTINGS, `${SETTINGS}/teams`, `${SETTINGS}/data`]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
    }
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  });
});
