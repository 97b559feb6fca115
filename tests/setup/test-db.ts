// Test databases on the real local PostgreSQL: a migrated template, cloned per suite. Names carry
// a per-run id so several test runs on one machine (CI, a developer, an agent) never collide.
import { execFileSync } from "node:child_process";
import pg from "pg";

export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function runId(): string {
  const id = process.env.SSI_TEST_RUN;
  if (!id || !/^[a-z0-9]+$/.test(id)) throw new Error("SSI_TEST_RUN is not set (the integration global setup sets it)");
  return id;
}
export const templateDb = () => `ssi_t_${runId()}_tpl`;
export const suiteDb = (worker: string) => `ssi_t_${runId()}_w${worker}`;

export function dbUrl(name: string): string {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery<T = unknown>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Creates this run's template database and applies every migration to it. */
export async function buildTemplate(): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${templateDb()} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${templateDb()}`);
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: dbUrl(templateDb()) },
    stdio: "pipe",
  });
}

/** A fresh copy of the migrated template (fast: PostgreSQL copies files, no migrations run). */
export async function cloneTemplate(name: string): Promise<string> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${templateDb()}`);
  return dbUrl(name);
}

/** Drops this run's databases (and those of runs that died more than a day ago). */
export async function dropRunDatabases(): Promise<void> {
  const rows = await adminQuery<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'ssi\\_t\\_%'`);
  const now = Date.now();
  for (const { datname } of rows) {
    const started = Number.parseInt(datname.split("_")[2] ?? "", 36);
    const mine = datname.startsWith(`ssi_t_${runId()}_`);
    if (mine || (Number.isFinite(started) && now - started > 86_400_000)) {
      await adminQuery(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  }
}
