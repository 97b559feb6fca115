import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { env } from "~/env";
import { undefinedWhereGuard } from "./db/undefined-where-guard";

function createClient() {
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX });
  return new PrismaClient({ adapter }).$extends(undefinedWhereGuard);
}

export type Db = ReturnType<typeof createClient>;
/** What a `$transaction(async (tx) => ...)` callback receives. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process; survives Next's dev hot reloads.
const globalForDb = globalThis as unknown as { __ssiDb?: Db };
export const db: Db = globalForDb.__ssiDb ?? createClient();
if (env.NODE_ENV !== "production") globalForDb.__ssiDb = db;
