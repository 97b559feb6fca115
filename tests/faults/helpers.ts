// Shared pieces of the fault suite (npm run test:faults): machine-wide service faults behind an
// explicit opt-in, Redis pause/resume and PostgreSQL restart that always undo themselves, and a
// large archive to import so a job is reliably mid-flight when the fault hits.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { Redis } from "ioredis";
import { generateLargeArchive } from "../fixtures/linkedin-export/generate-large-archive";
import { waitFor } from "../factories/worker-process";
import { PG_ADMIN_URL } from "../setup/test-db";

/**
 * Pausing Redis and restarting PostgreSQL hit every process on the machine (other test runs, a
 * developer's app). They run only when asked: SSI_FAULTS_SERVICES=1, or in CI (CI=true).
 */
export const SERVICE_FAULTS = process.env.SSI_FAULTS_SERVICES === "1" || process.env.CI === "true";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** The pid of the local redis-server (from INFO, so it is the one our REDIS_URL reaches). */
export async function redisPid(): Promise<number> {
  const r = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await r.connect();
    const info = await r.info("server");
    const pid = Number(/process_id:(\d+)/.exec(info)?.[1]);
    if (!pid) throw new Error("no process_id in INFO server");
    return pid;
  } finally {
    r.disconnect();
  }
}

/**
 * SIGSTOPs Redis, runs `during` while it is frozen, and SIGCONTs it after `ms` — in a finally, and
 * also on process exit, so Redis is never left stopped even if the test throws or is interrupted.
 */
export async function withRedisStopped<T>(ms: number, during: () => Promise<T>): Promise<T> {
  const pid = await redisPid();
  const resume = () => {
    try {
      process.kill(pid, "SIGCONT");
    } catch {
      /* already gone */
    }
  };
  process.once("exit", resume);
  const started = Date.now();
  process.kill(pid, "SIGSTOP");
  try {
    const result = await during();
    const left = ms - (Date.now() - started);
    if (left > 0) await new Promise((r) => setTimeout(r, left));
    return result;
  } finally {
    resume();
    process.removeListener("exit", resume);
  }
}

function pgCluster(action: "stop" | "start"): void {
  const version = execFileSync("ls", ["/etc/postgresql"]).toString().trim().split("\n")[0]!;
  const args = ["--skip-systemctl-redirect", version, "main", action];
  if (action === "stop") args.push("--", "-m", "fast");
  execFileSync("pg_ctlcluster", args, { stdio: "pipe" });
}

async function pgReady(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 1_000 });
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * Stops PostgreSQL (fast mode: every session is cut), runs `during`, and starts it again — the
 * start is in a finally, so the server is never left down. Resolves once it accepts connections.
 */
export async function withPostgresRestart<T>(during: () => Promise<T>): Promise<T> {
  const start = () => {
    try {
      pgCluster("start");
    } catch {
      /* already running */
    }
  };
  process.once("exit", start);
  pgCluster("stop");
  try {
    return await during();
  } finally {
    start();
    process.removeListener("exit", start);
    await waitFor(pgReady, 60_000, 200);
  }
}

/** A generated Complete export big enough (≈14k rows, dozens of progress steps) to crash mid-import. */
export async function largeArchive(): Promise<{ name: string; bytes: Uint8Array; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "ssi-faults-"));
  const name = "Complete_LinkedInDataExport_11-20-2026.zip";
  const path = join(dir, name);
  await generateLargeArchive(path, { connections: 6_000, messages: 6_000, reactions: 4_000 });
  return { name, bytes: new Uint8Array(await readFile(path)), cleanup: () => rm(dir, { recursive: true, force: true }) };
}
