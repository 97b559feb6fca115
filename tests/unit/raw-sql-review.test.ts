// The Prisma tenant guard cannot see raw SQL. This check keeps raw SQL where it can be reviewed:
// only in services and the db module, always filtering by organizationId, except a short list of
// deliberately cross-tenant files (aggregates only, or no tenant data), each with its reason.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../src");
const RAW = /\$queryRaw|\$executeRaw|pgPool\b|client\.query\(/;

const CROSS_TENANT: Record<string, string> = {
  "server/db.ts": "creates the pool",
  "server/services/health/check-health.ts": "SELECT 1",
  "server/services/ranks/industry-sample.ts": "industry histogram across organisations: counts per 0.1 point, no rows or ids",
  "server/services/benchmarks/refresh-benchmarks.ts": "platform aggregates per industry: means and counts only",
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe("raw SQL stays reviewable", () => {
  const users = files(ROOT)
    .map((path) => ({ rel: relative(ROOT, path), text: readFileSync(path, "utf8") }))
    .filter((f) => RAW.test(f.text));

  it("finds the raw SQL users (the check is not vacuous)", () => {
    expect(users.length).toBeGreaterThanOrEqual(10);
  });

  it("only services and the db module use raw SQL", () => {
    const outside = users.filter((f) => !f.rel.startsWith("server/services/") && !f.rel.startsWith("server/db"));
    expect(outside.map((f) => f.rel)).toEqual([]);
  });

  it("every raw-SQL file filters by organizationId, or is a listed cross-tenant aggregate", () => {
    const unscoped = users.filter((f) => !(f.rel in CROSS_TENANT) && !/"organizationId"|organization_id|organizationId/.test(f.text));
    expect(unscoped.map((f) => f.rel)).toEqual([]);
    for (const rel of Object.keys(CROSS_TENANT)) expect(users.map((f) => f.rel), rel).toContain(rel);
  });
});
