// The app as the e2e tests see it: a fresh `ssi_e2e` database with the demo org, the production
// build, and web + worker + mail capture on their own ports and Redis prefix.
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { E2E_ENV } from "../e2e/e2e-env";

Object.assign(process.env, E2E_ENV);
await import("~/lib/load-env");
const { ensureDatabase, migrate, requireServices } = await import("./lib/services");
const { startProcess, startTs, superviseUntilStopped } = await import("./lib/processes");

await requireServices(E2E_ENV.DATABASE_URL, E2E_ENV.REDIS_URL);
await ensureDatabase(E2E_ENV.DATABASE_URL, { recreate: true });
migrate(E2E_ENV.DATABASE_URL);
rmSync(E2E_ENV.MAIL_CAPTURE_DIR, { recursive: true, force: true });

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run("node_modules/.bin/tsx", ["--tsconfig", "tsconfig.node.json", "scripts/reset-redis-prefix.ts"]);
run("node_modules/.bin/tsx", ["--tsconfig", "tsconfig.node.json", "prisma/seed.ts"]);
if (process.env.E2E_SKIP_BUILD !== "1" || !existsSync(`${process.env.NEXT_DIST_DIR || ".next"}/BUILD_ID`)) {
  run("node_modules/.bin/next", ["build"]);
}

const env = { ...process.env, NODE_ENV: "production" as const };
const procs = [
  startTs("mail", "scripts/mail-capture.ts", env, 2),
  startTs("worker", "workers/main.ts", { ...env, SSI_PROCESS: "worker" }, 1),
  startProcess("web", "node_modules/.bin/next", ["start", "-p", E2E_ENV.PORT], env, 0),
];
superviseUntilStopped(procs);
