import { spawnSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { simpleParser } from "mailparser";
import { E2E_ENV } from "../e2e-env";
import { sql } from "../fixtures/db";
import { DEMO, DEMO_PASSWORD } from "../fixtures/auth";

// The weekly e-mail flow end to end: the run sends through SMTP to the e2e mail capture, the
// rep's mail carries the database's numbers, its dashboard link leads (through sign-in) to the
// dashboard, and its unsubscribe link turns the reports off.


interface Captured {
  to: string;
  subject: string;
  html: string;
  text: string;
  listUnsubscribe: string;
}

async function capturedMail(): Promise<Captured[]> {
  const dir = E2E_ENV.MAIL_CAPTURE_DIR;
  const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith(".eml"));
  return Promise.all(
    files.map(async (f) => {
      const m = await simpleParser(await readFile(join(dir, f)));
      return {
        to: m.to ? [m.to].flat().map((a) => a.value.map((v) => v.address).join(",")).join(",") : "",
        subject: m.subject ?? "",
        html: typeof m.html === "string" ? m.html : "",
        text: m.text ?? "",
        // The raw header line: mailparser turns List-Unsubscribe into an object.
        listUnsubscribe: m.headerLines.find((h) => h.key === "list-unsubscribe")?.line ?? "",
      };
    }),
  );
}

/** The href of the link whose visible text matches, decoded the way a mail client would. */
function linkIn(html: string, text: RegExp): string {
  for (const m of html.matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)) {
    if (text.test(m[2]!.replace(/<[^>]+>/g, ""))) return m[1]!.replaceAll("&amp;", "&");
  }
  throw new Error(`no link ${text} in the mail`);
}

/** The week's run for the demo org, as `npm run reports:send` does it (the scheduler's code path). */
function sendReportsNow() {
  const run = spawnSync("node_modules/.bin/tsx", ["--tsconfig", "tsconfig.node.json", "scripts/reports-send.ts", "--org", DEMO.org], {
    env: { ...process.env, ...E2E_ENV },
    encoding: "utf8",
    timeout: 150_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}

test.describe("weekly e-mail report", () => {
  test.describe.configure({ timeout: 180_000 });

  test("is sent, carries the week's numbers, and its links open the dashboard and unsubscribe", async ({ page }) => {
    sendReportsNow();

    // Exactly one mail per recipient the database logged as sent.
    const logged = await sql<{ email: string; isoWeek: string; kind: string }>(
      `SELECT u.email, e."isoWeek", e.kind FROM "EmailLog" e JOIN "User" u ON u.id = e."userId"
        JOIN "Organization" o ON o.id = e."organizationId" WHERE o.slug = $1 AND e.status = 'SENT'`,
      [DEMO.org],
    );
    expect(logged.length).toBeGreaterThan(20);
    let mails: Captured[] = [];
    await expect
      .poll(async () => {
        mails = (await capturedMail()).filter((m) => logged.some((l) => l.email === m.to));
        return mails.length;
      })
      .toBe(logged.length);
    expect(new Set(mails.map((m) => m.to)).size).toBe(logged.length);

    // The rep's mail shows the total of their weekly snapshot for the reported week.
    const mine = mails.find((m) => m.to === DEMO.rep)!;
    const week = logged.find((l) => l.email === DEMO.rep)!.isoWeek;
    const [snap] = await sql<{ total: number }>(
      `SELECT s.total FROM "WeeklySnapshot" s JOIN "RepProfile" r ON r.id = s."repId" JOIN "User" u ON u.id = r."userId"
        WHERE u.email = $1 AND s."isoWeek" = $2`,
      [DEMO.rep, week],
    );
    expect(snap).toBeDefined();
    expect(mine.text).toContain(snap!.total.toFixed(1));
    expect(mine.listUnsubscribe).toMatch(/\/api\/unsubscribe\?t=/);

    // The dashboard link: signed out, it asks to sign in first, then lands on the dashboard.
    const dashboardUrl = linkIn(mine.html, /Open my dashboard/);
    expect(dashboardUrl.startsWith(E2E_ENV.APP_URL)).toBe(true);
    await page.goto(dashboardUrl);
    await expect(page).toHaveURL(/\/signin/);
    await page.getByLabel("Work e-mail").fill(DEMO.rep);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect(page).toHaveURL(new URL(dashboardUrl).pathname);
    await expect(page.getByTestId("score-ring")).toBeVisible();

    // The manager's mail leads to the team view.
    const managerMail = mails.find((m) => m.to === DEMO.manager)!;
    expect(new URL(linkIn(managerMail.html, /Open the team view/)).pathname).toBe(`/o/${DEMO.org}/team`);

    // The unsubscribe link in the body shows a confirmation; only the button changes anything.
    await page.goto(linkIn(mine.html, /unsubscribe/i));
    await expect(page.getByRole("heading", { name: "Weekly report e-mails" })).toBeVisible();
    const reportsOn = async () =>
      (
        await sql<{ on: boolean }>(
          `SELECT m."emailReports" AS on FROM "Membership" m JOIN "User" u ON u.id = m."userId" JOIN "Organization" o ON o.id = m."organizationId"
            WHERE u.email = $1 AND o.slug = $2`,
          [DEMO.rep, DEMO.org],
        )
      )[0]!.on;
    expect(await reportsOn()).toBe(true);
    await page.getByRole("button", { name: "Unsubscribe from weekly reports" }).click();
    await expect(page.getByText("Unsubscribed")).toBeVisible();
    expect(await reportsOn()).toBe(false);

    // A second run sends nothing new (exactly once per week), and the rep is no longer a recipient.
    sendReportsNow();
    expect((await capturedMail()).filter((m) => m.to === DEMO.rep)).toHaveLength(1);

    // Turn the reports back on for the specs that run after this one.
    await sql(`UPDATE "Membership" SET "emailReports" = true WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`, [DEMO.rep]);
  });
});
