import type { PillarKey } from "./types";

export type Pillars = Record<PillarKey, number>;

/** The four pillar columns of a stored row (score, snapshot, reading) as one object. */
export function pillarsOf(row: Pillars): Pillars {
  return { brand: row.brand, findPeople: row.findPeople, engage: row.engage, relationships: row.relationships };
}
