// Issue 4 benchmark: import a generated ≈50 MB LinkedIn archive through the CLI in its own
// process; wall time and that process's peak RSS. Baseline in the same run: copying the file.
import { execFile } from "node:child_process";
import { copyFile, mkdir, stat, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import type { Db } from "~/server/db";
import { generateLargeArchive } from "../fixtures/linkedin-export/generate-large-archive";
import { importCommand } from "../../scripts/lib/ts-node-command";

const run = promisify(execFile);
const ARCHIVE = ".data/bench/Complete_LinkedInDataExport_11-20-2026.zip";

export async function importBench(db: Db, log: (m: string) => void) {
  if (!existsSync(ARCHIVE)) {
    log("Generating the ≈50 MB benchmark archive (once)…");
    await mkdir(dirname(ARCHIVE), { recursive: true });
    await generateLargeArchive(ARCHIVE);
  }
  const size = (await stat(ARCHIVE)).size;
  const org = await db.organization.upsert({ where: { slug: "bench-import" }, create: { slug: "bench-import", name: "Bench import" }, update: {} });
  const email = "importer@bench-import.example";
  const user = await db.user.upsert({ where: { email }, create: { email, name: "Bench Importer" }, update: {} });
  await db.membership.upsert({ where: { organizationId_userId: { organizationId: org.id, userId: user.id } }, create: { organizationId: org.id, userId: user.id, role: "REP" }, update: {} });
  const rep = await db.repProfile.upsert({ where: { organizationId_userId: { organizationId: org.id, userId: user.id } }, create: { organizationId: org.id, userId: user.id, displayName: "Bench Importer" }, update: {} });
  await db.activity.deleteMany({ where: { repId: rep.id } }); // a first import, not a re-import

  const t0 = performance.now();
  await copyFile(ARCHIVE, `${ARCHIVE}.copy`);
  const copyMs = performance.now() - t0;
  await unlink(`${ARCHIVE}.copy`);

  // Exactly what `npm run import` runs (same Node flags).
  const cli = importCommand(["--org", org.slug, "--rep", email, ARCHIVE, "--json"]);
  const { stdout } = await run(cli.cmd, cli.args, { env: { ...process.env, ...cli.env }, maxBuffer: 64 * 1024 * 1024 });
  const out = JSON.parse(stdout) as { wallMs: number; peakRssMb: number; historyMs: number; historyWeeks: number; imported: number; duplicates: number; rejected: number };
  const ok = out.wallMs <= 20_000 && out.peakRssMb <= 300;
  log(`Import benchmark: ${(size / 1024 / 1024).toFixed(1)} MB archive, ${out.imported.toLocaleString()} activities imported, ${out.rejected} rejected`);
  log(`  import (parse + store + profile + current score)  ${(out.wallMs / 1000).toFixed(1)} s, peak RSS ${out.peakRssMb} MB   target ≤ 20 s and ≤ 300 MB: ${ok ? "MET" : "NOT MET"}`);
  log(`  then ${out.historyWeeks} weeks of history (the rep-history job)   ${(out.historyMs / 1000).toFixed(1)} s`);
  log(`  baseline: copying the file                               ${copyMs.toFixed(0)} ms`);
  return { archiveMb: size / 1024 / 1024, wallMs: out.wallMs, peakRssMb: out.peakRssMb, historyMs: out.historyMs, imported: out.imported, copyMs };
}
