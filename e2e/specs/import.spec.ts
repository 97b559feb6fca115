import { expect, test, type Page } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { DEMO, signInViaApi } from "../fixtures/auth";

const SAMPLE = fileURLToPath(new URL("../../tests/fixtures/linkedin-export/Complete_LinkedInDataExport_11-20-2026.zip", import.meta.url));

/**
 * The server-rendered input exists before React hydrates; a file chosen then is not seen by the
 * form, so choose again until the form shows it (the retry a person would make).
 */
async function chooseArchive(page: Page) {
  await expect(async () => {
    await page.getByLabel("Choose a file").setInputFiles(SAMPLE);
    await expect(page.getByText(/Complete_LinkedInDataExport_11-20-2026\.zip · \d+ KB/)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

test("a rep uploads the sample Complete archive, watches the progress reach 100% and sees the score", async ({ page }) => {
  // Two imports through the worker, which may still be busy with the seed's jobs right after start.
  test.setTimeout(180_000);
  await signInViaApi(page, "marcus.chen@northwind.example");
  await page.goto(`/o/${DEMO.org}/import`);
  await expect(page.getByRole("heading", { name: "Import your LinkedIn data" })).toBeVisible();
  await chooseArchive(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();

  const bar = page.getByRole("progressbar", { name: /Import complete|Importing and scoring/ });
  await expect(bar).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Import complete" })).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
  await expect(page.getByText(/Your score is now \d+\.\d/)).toBeVisible();
  const table = page.getByRole("table", { name: "Import results per file" });
  await expect(table.getByRole("row", { name: /Connections\.csv/ })).toContainText("373");
  await page.screenshot({ path: "test-results/import-complete.png", fullPage: true });

  // Importing the same archive again stores nothing new.
  await page.reload();
  await chooseArchive(page);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("progressbar", { name: "Import complete" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(/^0 activities imported/)).toBeVisible();
});
