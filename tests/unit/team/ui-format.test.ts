import { describe, expect, it } from "vitest";
import { changeLabel, changeText, formatDayInZone, heatClass, topPercentText, versusText, weekPairText } from "~/components/team/format";
import { trendView } from "~/components/team/trend-view";
import type { TrendData } from "~/components/team/types";
import { applyPatch } from "~/components/team/view-patch";
import { normalizeParams } from "~/domain/team-view/params";

describe("team view wording", () => {
  it("changes, ranks and comparisons", () => {
    expect(changeText(2.06)).toBe("+2.1");
    expect(changeText(-0.74)).toBe("\u22120.7");
    expect(changeText(0.04)).toBe("0.0");
    expect(changeText(null)).toBe("—");
    expect(changeLabel(-1.26)).toBe("down 1.3 points");
    expect(changeLabel(0.01)).toBe("unchanged");
    expect(topPercentText(13)).toBe("Top 13%");
    expect(topPercentText(null)).toBe("—");
    expect(versusText(4.04, "the industry (52.0)")).toBe("+4.0 vs the industry (52.0)");
    expect(versusText(0.02, "the organisation")).toBe("Level with the organisation");
    expect(versusText(null, "x")).toBeNull();
  });

  it("dates in the organisation's zone, the same wherever it renders", () => {
    expect(formatDayInZone(new Date("2026-07-01T03:30:00Z"), "America/New_York")).toBe("30 Jun 2026");
    expect(formatDayInZone(new Date("2026-07-01T03:30:00Z"), "Europe/Berlin")).toBe("1 Jul 2026");
    expect(formatDayInZone(null, "UTC")).toBe("—");
    expect(weekPairText("2026-W47", "2026-W46")).toBe("week 46 of 2026 (from 9 Nov) → week 47 of 2026 (from 16 Nov)");
    expect(weekPairText("2026-W47", null)).toBeNull();
  });

  it("heat steps over 0–25", () => {
    expect(heatClass(0)).toContain("bg-red-100");
    expect(heatClass(4.99)).toContain("bg-red-100");
    expect(heatClass(5)).toContain("bg-orange-100");
    expect(heatClass(19.99)).toContain("bg-lime-100");
    expect(heatClass(25)).toContain("bg-emerald-200");
  });
});

describe("view changes", () => {
  const view = normalizeParams({ teamId: "t", band: "50to70", search: "ann", sort: "change", page: 4 });
  it("go back to page 1, except paging itself", () => {
    expect(applyPatch(view, { sort: "name", dir: "asc" })).toMatchObject({ sort: "name", dir: "asc", page: 1, band: "50to70" });
    expect(applyPatch(view, { page: 5 }).page).toBe(5);
  });
  it("clear a filter with null", () => {
    const next = applyPatch(view, { band: null, search: null });
    expect(next).not.toHaveProperty("band");
    expect(next).not.toHaveProperty("search");
    expect(next.teamId).toBe("t");
  });
});

describe("trend text equivalent", () => {
  it("summarises the first and last weeks, the second team and the benchmark", () => {
    const data = {
      team: { id: "a", name: "Enterprise" },
      compare: { id: "b", name: "SMB" },
      weeks: 12,
      points: [
        { isoWeek: "2026-W45", team: 50.04, teamReps: 8, compare: null, compareReps: 0 },
        { isoWeek: "2026-W46", team: null, teamReps: 0, compare: 40, compareReps: 8 },
        { isoWeek: "2026-W47", team: 55.55, teamReps: 8, compare: 41.2, compareReps: 8 },
      ],
      benchmark: { label: "Software", average: 52, source: "reference" },
    } satisfies TrendData;
    const v = trendView(data);
    expect(v.rows.map((r) => r.label)).toEqual(["2 Nov", "9 Nov", "16 Nov"]);
    expect(v.summary).toBe(
      "Enterprise averaged 50.0 in week 45 of 2026 (from 2 Nov) and 55.6 in week 47 of 2026 (from 16 Nov). SMB: 41.2. Industry benchmark: 52.0.",
    );
    expect(trendView({ ...data, points: [], compare: null, benchmark: null }).summary).toBe("Enterprise: no weekly scores yet.");
  });
});
