import type { Db } from "~/server/db";

/** Derived data for the demo org (scores, snapshots, schedules); filled in as features land. */
export async function afterSeed(_db: Db, _organizationId: string, _log: (msg: string) => void): Promise<void> {}
