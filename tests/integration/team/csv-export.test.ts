import { NextRequest } from "next/server";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { GET as exportCsv } from "~/app/api/team/export/route";
import { db } from "~/server/db";
import { callerFor } from "../../factories/caller";
import { sessionCookie } from "../../factories/session";
import { addMember, createOrg, createTeam } from "../../factories";
import { setCurrent, setSnapshots } from "./helpers";

// The CSV export round-trips through a CSV parser: names with commas, quotes, line breaks and
// spreadsheet-formula prefixes; the same rows, filters and order as the table; local times.

const NAMES = [
  'Dana "DJ" Jones',
  "O'Brien, Daniel",
  "Line\nBreak",
  "=HYPERLINK(\"http://evil\")",
  "Zoë Ünicode, Jr.",
  "  Spaces  ",
];

async function fixture() {
  const { org, owner } = await createOrg({ timezone: "America/New_York", name: "Quote, \"Inc\"" });
  const team = await createTeam(org.id, 'Sales, "East"');
  const other = await createTeam(org.id, "West");
  const reps = [];
  for (const [i, name] of NAMES.entries()) {
    const m = await addMember(org.id, "REP", { name, teamId: team.id });
    await setCurrent(m.rep, 20 + i * 11.1);
    await setSnapshots(m.rep, [20 + i * 11.1, 18 + i * 10], { teamId: team.id, industryRankPct: 10 * i + 5 });
    reps.push(m);
  }
  const west = await addMember(org.id, "REP", { name: "West Rep", teamId: other.id });
  await setCurrent(west.rep, 55);
  // 2026-07-01 03:30 UTC is 30 June 23:30 in New York (EDT).
  await db.activity.create({
    data: { organizationId: org.id, repId: reps[0]!.rep.id, kind: "COMMENT", occurredAt: new Date("2026-07-01T03:30:00Z"), source: "MANUAL", externalId: "csv-1" },
  });
  return { org, owner, team, reps };
}

async function download(userId: string, query: string) {
  const res = await exportCsv(new NextRequest(`http://localhost:3000/api/team/export?${query}`, { headers: { cookie: await sessionCookie(userId) } }));
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A UTF-8 byte-order mark first, so Excel reads "Zoë" correctly (TextDecoder drops it again).
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder().decode(bytes);
}

describe("CSV export", () => {
  it("round-trips through papaparse with awkward names, in the table's order, with local times", async () => {
    const { org, owner, team } = await fixture();
    const text = await download(owner.id, `org=${org.slug}&team=${team.id}&sort=name`);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      "Name",
      "Team",
      "Total",
      "Change vs last week",
      "Brand",
      "Find people",
      "Engage",
      "Relationships",
      "Industry rank (top %)",
      "Goal",
      "Goal status",
      "Last activity (America/New_York)",
    ]);
    const table = await callerFor(owner.id).team.reps({ orgSlug: org.slug, teamId: team.id, sort: "name", pageSize: 100 });
    expect(parsed.data).toHaveLength(NAMES.length);
    // Same names and order as the table; a formula-looking name is defused with a leading quote.
    expect(parsed.data.map((r) => r.Name)).toEqual(table.rows.map((r) => (r.name.startsWith("=") ? `'${r.name}` : r.name)));
    expect(parsed.data.map((r) => r.Name)).toEqual(expect.arrayContaining(['Dana "DJ" Jones', "O'Brien, Daniel", "Line\nBreak", "  Spaces  "]));
    for (const [i, row] of parsed.data.entries()) {
      const want = table.rows[i]!;
      expect(row.Team).toBe('Sales, "East"');
      expect(Number(row.Total)).toBeCloseTo(want.total!, 1);
      expect(Number(row["Change vs last week"])).toBeCloseTo(want.change!, 1);
      expect(Number(row.Brand) + Number(row["Find people"]) + Number(row.Engage) + Number(row.Relationships)).toBeCloseTo(want.total!, 0);
      expect(row.Goal).toBe("70");
    }
    const dana = parsed.data.find((r) => r.Name === 'Dana "DJ" Jones')!;
    expect(dana["Last activity (America/New_York)"]).toBe("2026-06-30 23:30");
    expect(parsed.data.find((r) => r.Name === "O'Brien, Daniel")!["Last activity (America/New_York)"]).toBe("");
  });

  it("exports every page with the filters and sort of the view", async () => {
    const { org, owner } = await fixture();
    const text = await download(owner.id, `org=${org.slug}&band=30to50&sort=total&dir=asc`);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    const table = await callerFor(owner.id).team.reps({ orgSlug: org.slug, band: "30to50", sort: "total", dir: "asc", pageSize: 100 });
    expect(rows.map((r) => r.Name)).toEqual(table.rows.map((r) => r.name));
    expect(rows.length).toBe(table.matching);
    for (const r of rows) expect(Number(r.Total)).toBeGreaterThanOrEqual(30);
    // Everyone (both teams), all pages.
    const all = Papa.parse(await download(owner.id, `org=${org.slug}`), { header: true, skipEmptyLines: true }).data;
    expect(all).toHaveLength(NAMES.length + 1);
  });
});
