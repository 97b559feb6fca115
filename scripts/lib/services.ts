// Checks and prepares the local services the app needs: PostgreSQL (database created and
// migrated) and Redis. Used by `npm run demo`, the e2e server and the benchmarks.
import { execFileSync } from "node:child_process";
import net from "node:net";
import pg from "pg";

const HOW_TO_START = `
How to start them:
  • Debian/Ubuntu services:  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                             redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  • With Docker:             docker compose up -d     (uses docker-compose.yml in this folder)
Then set DATABASE_URL / REDIS_URL in .env if they are not on the default local ports.`;

function reachable(host: string, port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** Exits with instructions when PostgreSQL or Redis does not answer. */
export async function requireServices(databaseUrl: string, redisUrl: string): Promise<void> {
  const db = new URL(databaseUrl);
  const redis = new URL(redisUrl);
  const [pgUp, redisUp] = await Promise.all([
    reachable(db.hostname, Number(db.port || 5432)),
    reachable(redis.hostname, Number(redis.port || 6379)),
  ]);
  if (pgUp && redisUp) return;
  const down = [!pgUp && `PostgreSQL (${db.host})`, !redisUp && `Redis (${redis.host})`].filter(Boolean).join(" and ");
  console.error(`\n✖ ${down} did not answer.${HOW_TO_START}\n`);
  process.exit(1);
}

/** Creates the database named in the URL when it does not exist (optionally dropping it first). */
export async function ensureDatabase(databaseUrl: string, opts: { recreate?: boolean } = {}): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-zA-Z0-9_]+$/.test(name)) throw new Error(`unexpected database name: ${name}`);
  const admin = new URL(databaseUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    if (opts.recreate) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export function migrate(databaseUrl: string): void {
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
}
