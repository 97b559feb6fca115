import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvFileName, csvHeader, csvRow, localDateTime, toCsv } from "~/server/services/team-view/csv";
import type { RepRow } from "~/server/services/team-view/rep-row";

const row = (over: Partial<RepRow> = {}): RepRow => ({
  id: "r1",
  name: "Ann",
  jobTitle: null,
  team: { id: "t1", name: "East" },
  total: 57.267,
  band: "50to70",
  pillars: { brand: 12.76, findPeople: 12.24, engage: 14.84, relationships: 17.43 },
  change: -1.25,
  industryRank: { percentile: 87.3, topPercent: 13, source: "REFERENCE" },
  goal: { target: 70, source: "organization", dueDate: null, status: "at-risk", weeklyTrend: -0.2 },
  lastActivityAt: new Date("2026-03-29T00:30:00Z"),
  ...over,
});

describe("CSV rows", () => {
  it("shapes a row as the table shows it: one decimal, numbers as numbers, local time", () => {
    expect(csvRow(row(), "Europe/Berlin")).toEqual(["Ann", "East", 57.3, -1.3, 12.8, 12.2, 14.8, 17.4, 13, 70, "At risk", "2026-03-29 01:30"]);
    // The same instant after the DST change in Berlin, and in New York the day before.
    expect(localDateTime(new Date("2026-03-29T01:30:00Z"), "Europe/Berlin")).toBe("2026-03-29 03:30");
    expect(localDateTime(new Date("2026-03-29T01:30:00Z"), "America/New_York")).toBe("2026-03-28 21:30");
  });

  it("leaves empty cells for what a rep does not have yet", () => {
    const r = row({ total: null, band: null, pillars: null, change: null, industryRank: null, lastActivityAt: null });
    expect(csvRow(r, "UTC")).toEqual(["Ann", "East", null, null, null, null, null, null, null, 70, "At risk", null]);
  });

  it("quotes commas, quotes and line breaks, defuses formulas, and round-trips", () => {
    const names = ['Dana "DJ" Jones', "O'Brien, Daniel", "Line\nBreak", "=1+1", "+44 sales", "@home", "-dash", "Zoë"];
    const csv = toCsv(names.map((name, i) => row({ id: String(i), name, change: i % 2 ? -2 : 2 })), "UTC");
    expect(csv.startsWith("\uFEFFName,Team,Total,")).toBe(true);
    expect(csv).toContain('"Dana ""DJ"" Jones"');
    expect(csv.endsWith("\r\n")).toBe(true);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(csvHeader("UTC"));
    expect(parsed.data.slice(1).map((r) => r[0])).toEqual(['Dana "DJ" Jones', "O'Brien, Daniel", "Line\nBreak", "'=1+1", "'+44 sales", "'@home", "'-dash", "Zoë"]);
    // Negative numbers stay numbers (not defused).
    expect(parsed.data.slice(1).map((r) => r[3])).toEqual(["2", "-2", "2", "-2", "2", "-2", "2", "-2"]);
  });

  it("names the file after the organisation, the team and the local day", () => {
    const now = new Date("2026-11-27T02:00:00Z");
    expect(csvFileName({ orgSlug: "northwind", team: 'Sales, "East" Zoë', now, timeZone: "America/New_York" })).toBe("team-northwind-sales-east-zoe-2026-11-26.csv");
    expect(csvFileName({ orgSlug: "northwind", now, timeZone: "UTC" })).toBe("team-northwind-2026-11-27.csv");
  });
});
