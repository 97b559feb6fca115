import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import pg from "pg";
import { env } from "~/env";
import { tenantGuard } from "./db/tenant-guard";
import { undefinedWhereGuard } from "./db/undefined-where-guard";

/**
 * The process's one PostgreSQL pool. Prisma runs on it (driver adapter), and the few bulk paths
 * that move hundreds of thousands of rows (archive imports) take a client from the same pool
 * instead of pushing megabytes of parameters through the ORM (≈3× the memory, 30 % slower).
 */
function createPool() {
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX });
  pool.on("error", () => {}); // an idle client lost its connection: the pool replaces it
  // A checked-out client has no pool listener: if the server cuts its session (PostgreSQL restart,
  // failover) while it is held between queries — e.g. by an import's transaction — its "error"
  // event would crash the process. With this listener the holder's next query fails instead, and
  // the pool discards the broken client on release (found by tests/faults: restart during import).
  pool.on("connect", (client) => client.on("error", () => {}));
  return pool;
}

function createClient(pool: pg.Pool) {
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Order matters: the tenant guard adds organizationId first, then undefined values are refused.
  return new PrismaClient({ adapter }).$extends(undefinedWhereGuard).$extends(tenantGuard);
}

export type Db = ReturnType<typeof createClient>;
/** What a `$transaction(async (tx) => ...)` callback receives. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One pool and client per process; they survive Next's dev hot reloads.
const globalForDb = globalThis as unknown as { __ssiDb?: Db; __ssiPool?: pg.Pool };
export const pgPool: pg.Pool = globalForDb.__ssiPool ?? createPool();
export const db: Db = globalForDb.__ssiDb ?? createClient(pgPool);
if (env.NODE_ENV !== "production") {
  globalForDb.__ssiDb = db;
  globalForDb.__ssiPool = pgPool;
}
