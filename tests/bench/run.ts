// npm run bench: every performance target of the product, measured on this machine, each next
// to a baseline measured in the same run. Figures are printed and saved to bench-results/.
import { mkdirSync, writeFileSync } from "node:fs";
import { BENCH_DATABASE_URL, prepareBenchDatabase } from "./bench-db";

process.env.DATABASE_URL = BENCH_DATABASE_URL;
process.env.REDIS_PREFIX = "ssibench";
process.env.LOG_LEVEL ??= "warn";
process.env.UPLOAD_DIR ??= ".data/bench-uploads";
process.env.SMTP_URL = "smtp://127.0.0.1:2599"; // the mail benchmark's own capture server
await import("~/lib/load-env");

const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const want = (name: string) => only.length === 0 || only.includes(name);
const log = (m: string) => console.log(m);
const results: Record<string, unknown> = { machine: { cpus: (await import("node:os")).cpus().length, node: process.version }, at: new Date().toISOString() };

await prepareBenchDatabase();
const { db } = await import("~/server/db");
try {
  if (want("scoring")) results.scoring = await (await import("./scoring.bench")).scoringBench(db, log);
  if (want("import")) results.import = await (await import("./import.bench")).importBench(db, log);
  if (want("team")) results.team = await (await import("./team.bench")).teamBench(db, log);
  if (want("tenant-guard")) results.tenantGuard = await (await import("./tenant-guard.bench")).tenantGuardBench(db, log);
  if (want("mail")) results.mail = await (await import("./mail.bench")).mailBench(db, log);
} finally {
  await db.$disconnect();
}
mkdirSync("bench-results", { recursive: true });
const file = `bench-results/bench-${Date.now()}.json`;
writeFileSync(file, JSON.stringify(results, null, 2));
log(`\nSaved ${file}`);
