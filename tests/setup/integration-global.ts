import { buildTemplate, dropRunDatabases } from "./test-db";

/** Once per `vitest` run: a run id (inherited by the test workers) and the migrated template. */
export default async function setup() {
  // Base-36 start time + randomness: unique per run, and tells cleanup how old a leftover is.
  process.env.SSI_TEST_RUN ??= `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await buildTemplate();
  return async () => {
    await dropRunDatabases();
  };
}
