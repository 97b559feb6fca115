import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { importCommand } from "../../../scripts/lib/ts-node-command";
import { describe, expect, it } from "vitest";
import { COUNT_KEYS } from "~/server/services/imports/linkedin";

const BREAKDOWN_KEYS = ["messages_sponsored", "shares_reposts"];
import { BASIC_ZIP, COMPLETE_ZIP, FIXTURES_DIR, sampleExpected } from "../../fixtures/linkedin-export/build-archive";
import { addMember, createOrg } from "../../factories";

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(importCommand(args).cmd, importCommand(args).args, { env: { ...process.env, ...importCommand(args).env } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe("npm run import (CLI)", () => {
  it.each([BASIC_ZIP, COMPLETE_ZIP])("prints one JSON object whose counts hold every figure of %s's expected.json", async (zip) => {
    const { org } = await createOrg();
    const { user } = await addMember(org.id, "REP", { email: `cli.rep.${org.slug}@example.test` });
    const res = await cli(["--org", org.slug, "--rep", user.email, join(FIXTURES_DIR, zip), "--json"]);
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as { ok: boolean; counts: Record<string, number>; ownerProfileUrl: string; imported: number; duplicates: number; rejected: number };
    expect(out.ok).toBe(true);
    expect(Object.keys(out.counts).sort()).toEqual([...COUNT_KEYS, ...BREAKDOWN_KEYS].sort());
    const expected = sampleExpected(zip);
    const figures = Object.entries(expected).filter(([, v]) => typeof v === "number");
    expect(figures.length).toBeGreaterThan(10);
    for (const [key, value] of figures) expect(out.counts[key], key).toBe(value);
    // Keys a Basic archive's expected.json leaves out are files it does not contain: zero.
    for (const key of COUNT_KEYS) if (!(key in expected)) expect(out.counts[key], key).toBe(0);
    expect(out.ownerProfileUrl).toBe(expected.owner_profile_url);
    expect(out.imported).toBeGreaterThan(0);
    expect(out.duplicates).toBe(0);
    expect(out.rejected).toBe(0);
  });

  it("exits non-zero with a clear message on bad input", async () => {
    const { org } = await createOrg();
    const missing = await cli(["--org", org.slug, "--rep", "x@example.test", "/no/such/file.zip"]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/No such file/);
    const usage = await cli(["--org", org.slug]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/Usage: npm run import/);
    const unknownRep = await cli(["--org", org.slug, "--rep", "nobody@example.test", join(FIXTURES_DIR, BASIC_ZIP), "--json"]);
    expect(unknownRep.code).toBe(1);
    expect(JSON.parse(unknownRep.stdout)).toEqual({ ok: false, error: `No member with e-mail nobody@example.test in "${org.slug}"` });
  });
});
