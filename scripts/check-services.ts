// Fails fast, with instructions, when the tests' PostgreSQL or Redis is not running.
import { requireServices } from "./lib/services";

await requireServices(
  process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
);
