// `npm run demo`: checks PostgreSQL and Redis, creates and migrates the database, seeds the demo
// organisation, builds, then runs web + worker (+ mail capture) until Ctrl-C.
import { spawnSync } from "node:child_process";
import { ensureDotEnv } from "./lib/dotenv-file";

const started = Date.now();
const skipBuild = process.argv.includes("--skip-build");
if (ensureDotEnv()) console.log("Created .env with a new random AUTH_SECRET (edit it to change settings).");
await import("~/lib/load-env");
const { env } = await import("~/env");
const { requireServices, ensureDatabase, migrate } = await import("./lib/services");
const { startProcess, startTs, superviseUntilStopped, waitForHttp } = await import("./lib/processes");

const port = process.env.PORT ?? new URL(env.APP_URL).port ?? "3000";
console.log("▸ Checking PostgreSQL and Redis…");
await requireServices(env.DATABASE_URL, env.REDIS_URL);
console.log("▸ Database: create if missing, migrate…");
await ensureDatabase(env.DATABASE_URL);
migrate(env.DATABASE_URL);

console.log("▸ Seeding the demo organisation…");
const seed = spawnSync("node_modules/.bin/tsx", ["--tsconfig", "tsconfig.node.json", "prisma/seed.ts"], { stdio: "inherit" });
if (seed.status !== 0) process.exit(seed.status ?? 1);

if (!skipBuild) {
  console.log("▸ Building the web app (next build)…");
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

console.log("▸ Starting web, worker and mail capture…");
const runtimeEnv = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", ENABLE_DEV_MAIL_VIEWER: process.env.ENABLE_DEV_MAIL_VIEWER ?? "true" };
const procs = [
  startTs("mail", "scripts/mail-capture.ts", runtimeEnv, 2),
  startTs("worker", "workers/main.ts", { ...runtimeEnv, SSI_PROCESS: "worker" }, 1),
  startProcess("web", "node_modules/.bin/next", ["start", "-p", port], runtimeEnv, 0),
];
superviseUntilStopped(procs);

const url = env.APP_URL;
await waitForHttp(`http://127.0.0.1:${port}/api/health`);
const { DEMO_PASSWORD, DEMO_PEOPLE } = await import("../prisma/seed/demo-org");
const login = (role: string) => DEMO_PEOPLE.find((p) => p.role === role)!.email;
console.log(`
────────────────────────────────────────────────────────────
  SSI Coach is ready at ${url}   (ready in ${((Date.now() - started) / 1000).toFixed(0)} s)

  Demo logins (password: ${DEMO_PASSWORD})
    Owner / admin   ${login("OWNER")}
    Manager         ${login("MANAGER")}
    Rep             ${login("REP")}

  Captured e-mails: ${url}/dev/mail      Health: ${url}/api/health
  Press Ctrl-C to stop web, worker and mail capture.
────────────────────────────────────────────────────────────`);
