import { describe, expect, it } from "vitest";
import { isValidTimeZone, keywordListSchema, orgProfileSchema, timeZoneOptions } from "~/lib/settings/schemas";
import { csvLines, plainRow } from "~/server/services/org-data/serialize";
import { tenantModels } from "~/server/services/org-data/tenant-models";
import { parseInviteCsv } from "~/server/services/invitations/parse-invite-csv";
import { changedFields } from "~/server/services/audit/changed-fields";

describe("invitation CSV", () => {
  it("reads bare lines and header rows in any column order", () => {
    expect(parseInviteCsv("a@x.test\nB@X.test,manager,Sales", "REP").rows).toEqual([
      { line: 1, email: "a@x.test", role: "REP", team: null },
      { line: 2, email: "b@x.test", role: "MANAGER", team: "Sales" },
    ]);
    expect(parseInviteCsv("\uFEFFTeam,Role,E-mail\nSMB,admin,c@x.test\n\n", "REP").rows).toEqual([{ line: 2, email: "c@x.test", role: "ADMIN", team: "SMB" }]);
  });

  it("reports bad addresses, unknown roles and repeats with their line", () => {
    const { rows, problems } = parseInviteCsv("nope\nd@x.test,owner\nd@x.test\nD@x.test", "REP");
    expect(rows.map((r) => r.email)).toEqual(["d@x.test"]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [1, "Enter a valid e-mail address"],
      [2, 'Unknown role "owner" (use admin, manager or rep)'],
      [4, "This address appears earlier in the list"],
    ]);
  });

  it("refuses more than 200 rows as a whole", () => {
    const csv = Array.from({ length: 201 }, (_, i) => `p${i}@x.test`).join("\n");
    expect(parseInviteCsv(csv, "REP")).toMatchObject({ rows: [], problems: [{ line: 0 }] });
  });
});

describe("profile rules", () => {
  it("keywords are trimmed and de-duplicated case-insensitively", () => {
    expect(keywordListSchema.parse([" VP", "vp", "", "Head of ", "head of"])).toEqual(["VP", "Head of"]);
  });

  it("time zones include UTC and every IANA zone; unknown ones are refused", () => {
    const zones = timeZoneOptions();
    expect(zones[0]).toBe("UTC");
    expect(zones).toContain("Europe/Berlin");
    expect(isValidTimeZone("Mars/Base")).toBe(false);
    expect(orgProfileSchema.safeParse({ timezone: "Mars/Base" }).success).toBe(false);
    expect(orgProfileSchema.parse({ slug: " North-Wind " })).toEqual({ slug: "north-wind" });
  });

  it("changedFields keeps only real changes", () => {
    expect(changedFields({ a: 1, b: ["x"], c: null }, { a: 1, b: ["y"], c: undefined })).toEqual({ before: { b: ["x"] }, after: { b: ["y"] }, changed: ["b"] });
  });
});

describe("export serialisation", () => {
  it("every tenant model resolves a primary key and leaves secrets out", () => {
    const models = tenantModels();
    expect(models.length).toBeGreaterThanOrEqual(17);
    for (const m of models) expect(m.columns, m.name).toContain(m.idField);
    expect(models.find((m) => m.name === "ApiKey")!.columns).not.toContain("hash");
    expect(models.find((m) => m.name === "Invitation")!.columns).not.toContain("tokenHash");
  });

  it("CSV quotes, escapes formulas and writes JSON for structures; BigInt and dates become strings", () => {
    const row = plainRow({ id: 12n, at: new Date("2026-01-02T03:04:05Z"), name: 'A "B", C', f: "=SUM(1)", j: { k: [1] }, n: null }, ["id", "at", "name", "f", "j", "n"]);
    expect(row).toEqual({ id: "12", at: "2026-01-02T03:04:05.000Z", name: 'A "B", C', f: "=SUM(1)", j: { k: [1] }, n: null });
    expect(csvLines([row], ["id", "at", "name", "f", "j", "n"], true)).toBe(
      'id,at,name,f,j,n\r\n12,2026-01-02T03:04:05.000Z,"A ""B"", C","\'=SUM(1)","{""k"":[1]}",\r\n',
    );
  });
});
