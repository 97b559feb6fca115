import { describe, expect, it } from "vitest";
import { averageRows, compareToAverage, groupRankView, industryRankSourceText, topPercentText } from "~/components/dashboard/format/ranks";
import type { Ranks } from "~/components/dashboard/types";

const ranks = (over: Partial<Ranks> = {}): Ranks => ({
  total: 79.42,
  industry: {
    key: "software",
    label: "Software & SaaS",
    percentile: 97.5,
    topPercent: 3,
    source: "REFERENCE",
    average: 52,
    benchmarkSource: "reference",
    benchmarkSourceText: "Illustrative reference",
  },
  organization: { name: "Northwind Sales", size: 27, percentile: 98.1, topPercent: 2, average: 54.133 },
  team: { name: "Enterprise", size: 8, percentile: 93.75, topPercent: 7, average: 61.34, withheld: false },
  ...over,
});

describe("ranks", () => {
  it('says "top X% in <group>", never top 0%', () => {
    expect(topPercentText(3, "Software & SaaS")).toBe("Top 3% in Software & SaaS");
    expect(topPercentText(0, "Northwind")).toBe("Top 1% in Northwind");
    expect(topPercentText(12.2, "Enterprise")).toBe("Top 13% in Enterprise");
    expect(topPercentText(null, "Enterprise")).toBeNull();
  });

  it("names the source of the industry rank", () => {
    expect(industryRankSourceText(ranks().industry)).toMatch(/^Against the reference distribution for Software & SaaS/);
    expect(industryRankSourceText({ ...ranks().industry, source: "PLATFORM" })).toMatch(/^Among SSI Coach reps in Software & SaaS across organisations/);
    expect(industryRankSourceText({ ...ranks().industry, source: null })).toMatch(/No industry rank yet/);
  });

  it("shows organisation and team ranks, and withholds them for groups under 3", () => {
    expect(groupRankView("organization", ranks().organization)).toMatchObject({
      headline: "Top 2% in Northwind Sales",
      size: "27 people",
      withheld: false,
      note: null,
    });
    const small = groupRankView("team", { name: "Duo", size: 2, percentile: null, topPercent: null, average: null, withheld: true });
    expect(small).toMatchObject({ headline: "Duo: rank hidden", withheld: true, size: "2 people" });
    expect(small.note).toMatch(/Fewer than 3 people/);
    // The organisation row carries no flag: a missing rank in a group of 2 reads as withheld too.
    expect(groupRankView("organization", { name: "Tiny", size: 2, percentile: null, topPercent: null, average: null }).withheld).toBe(true);
    expect(groupRankView("team", { name: "Solo", size: 1, percentile: 50, topPercent: 50, average: 40, withheld: false })).toMatchObject({
      headline: "Top 50% in Solo",
      size: "1 person",
    });
  });

  it("lists the averages beside the rep's score, hidden ones with the reason", () => {
    const rows = averageRows(ranks({ team: { name: "Duo", size: 2, percentile: null, topPercent: null, average: null, withheld: true } }));
    expect(rows.map((r) => [r.label, r.valueText])).toEqual([
      ["Your score", "79.4"],
      ["Software & SaaS average", "52.0"],
      ["Duo average", "—"],
      ["Northwind Sales average", "54.1"],
    ]);
    expect(rows[1]?.source).toBe("reference value");
    expect(rows[2]?.missing).toBe("Hidden: fewer than 3 people");
    expect(averageRows(ranks({ team: null })).map((r) => r.key)).toEqual(["you", "industry", "organization"]);
  });

  it("compares with an average in words", () => {
    expect(compareToAverage(79.42, 52)).toBe("27.4 above the average");
    expect(compareToAverage(50, 54.13)).toBe("4.1 below the average");
    expect(compareToAverage(52.02, 52)).toBe("level with the average");
  });
});
