// npm run import -- --org <slug> --rep <email> <path> [--json]
// Imports a LinkedIn data export (ZIP or one CSV) for a rep, in this process (no worker needed).
import { copyFile, mkdir, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import "~/lib/load-env";

const USAGE = "Usage: npm run import -- --org <slug> --rep <email> <path-to-zip-or-csv> [--json]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { org: { type: "string" }, rep: { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean" } },
});
const fail = (message: string, code = 1): never => {
  if (values.json) console.log(JSON.stringify({ ok: false, error: message }));
  else console.error(`✖ ${message}`);
  process.exit(code);
};
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const file = positionals[0];
if (!values.org || !values.rep || !file || positionals.length !== 1) fail(USAGE, 2);

const { env } = await import("~/env");
const { db } = await import("~/server/db");
const { runImport, failImport } = await import("~/server/services/imports/run-import");
const { backfillSnapshots } = await import("~/server/services/snapshots/backfill");
const { REP_HISTORY_WEEKS } = await import("~/server/jobs/definitions/rep-history");
const { cleanFileName } = await import("~/server/services/imports/create-import");
const { isArchiveError } = await import("~/server/services/imports/linkedin");

try {
  const path = resolve(file!);
  const st = await stat(path).catch(() => null);
  if (!st?.isFile()) fail(`No such file: ${path}`);
  const org = await db.organization.findUnique({ where: { slug: values.org! }, select: { id: true } });
  if (!org) fail(`No organisation with slug "${values.org}"`);
  const rep = await db.repProfile.findFirst({
    where: { organizationId: org!.id, user: { email: values.rep!.toLowerCase() } },
    select: { id: true, displayName: true },
  });
  if (!rep) fail(`No member with e-mail ${values.rep} in "${values.org}"`);

  // The worker deletes uploads once imported; import a copy so the user's file stays put.
  await mkdir(resolve(env.UPLOAD_DIR), { recursive: true });
  const storagePath = join(resolve(env.UPLOAD_DIR), `${randomUUID()}.upload`);
  await copyFile(path, storagePath);
  const job = await db.importJob.create({
    data: { organizationId: org!.id, repId: rep!.id, fileName: cleanFileName(basename(path)), fileSize: st!.size, storagePath },
  });
  const started = Date.now();
  let last = -1;
  try {
    const summary = await runImport(db, {
      importJobId: job.id,
      onProgress: (p) => {
        if (!values.json && process.stderr.isTTY && p !== last) process.stderr.write(`\rimporting… ${(last = p)}%`);
      },
    });
    const wallMs = Date.now() - started;
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    // The worker rebuilds the weekly history in a follow-up job; the CLI does it here, timed apart.
    const historyStarted = Date.now();
    const history = await backfillSnapshots(db, { organizationId: org!.id, weeks: REP_HISTORY_WEEKS, repIds: [rep!.id] });
    const historyMs = Date.now() - historyStarted;
    if (values.json) {
      console.log(JSON.stringify({ ok: true, importJobId: job.id, rep: rep!.displayName, wallMs, peakRssMb, historyMs, historyWeeks: history.weeks.length, ...summary }));
    } else {
      console.log(`\n✔ ${rep!.displayName}: ${summary.imported} activities imported, ${summary.duplicates} duplicates skipped, ${summary.rejected} rows rejected (${(wallMs / 1000).toFixed(1)} s; ${history.weeks.length} weeks of history in ${(historyMs / 1000).toFixed(1)} s)`);
      for (const f of summary.files) {
        console.log(`  ${f.name.padEnd(40)} rows ${String(f.rows).padStart(7)}  new ${String(f.imported).padStart(7)}  dup ${String(f.duplicates).padStart(7)}  rejected ${f.rejected}`);
        for (const r of f.rejections.slice(0, 5)) console.log(`      line ${r.line}: ${r.reason}`);
      }
      for (const n of summary.notices) console.log(`  note: ${n}`);
      if (summary.unknownFiles.length) console.log(`  ignored unknown files: ${summary.unknownFiles.join(", ")}`);
    }
  } catch (err) {
    const message = isArchiveError(err) ? err.userMessage : `Import failed: ${(err as Error).message}`;
    await failImport(db, job.id, message);
    fail(message);
  }
} finally {
  await db.$disconnect();
}
