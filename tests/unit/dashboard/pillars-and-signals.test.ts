import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PILLAR_KEYS, PILLAR_LIST, PILLARS, pillarSum, REMAINDER_COLOR, ringSegments } from "~/components/dashboard/format/pillars";
import { isEmptyScore, noDataReason, noDataSummary, signalsByPillar, signalView } from "~/components/dashboard/format/signals";
import { scoreRep, type SignalResult } from "~/domain/scoring";
import { midRep, newRep } from "../scoring/golden-inputs";

describe("pillar accents", () => {
  it("has one distinct colour per pillar, the same as the CSS tokens", () => {
    const css = readFileSync("src/app/globals.css", "utf8");
    const token = { brand: "brand", findPeople: "find", engage: "engage", relationships: "relationships" } as const;
    for (const key of PILLAR_KEYS) {
      const m = new RegExp(`--color-pillar-${token[key]}:\\s*(#[0-9a-f]{6})`, "i").exec(css);
      expect(m?.[1]?.toLowerCase(), key).toBe(PILLARS[key].color);
      expect(PILLARS[key].bg).toBe(`bg-pillar-${token[key]}`);
    }
    expect(new Set(PILLAR_LIST.map((p) => p.color)).size).toBe(4);
    expect(PILLAR_LIST.map((p) => p.title)).toEqual([
      "Establish your professional brand",
      "Find the right people",
      "Engage with insights",
      "Build relationships",
    ]);
  });

  it("builds the ring from the four pillars and what is left to 100", () => {
    const segs = ringSegments({ brand: 17.99, findPeople: 22.46, engage: 15.17, relationships: 23.8 });
    expect(segs.map((s) => s.key)).toEqual(["brand", "findPeople", "engage", "relationships", "remainder"]);
    expect(segs.reduce((s, x) => s + x.value, 0)).toBeCloseTo(100, 10);
    expect(segs[4]).toMatchObject({ value: expect.closeTo(20.58, 6), fill: REMAINDER_COLOR });
    // A brand-new rep: the whole ring is the remainder; bad values never draw negative arcs.
    expect(ringSegments({ brand: 0, findPeople: -3, engage: Number.NaN, relationships: 0 }).map((s) => s.value)).toEqual([0, 0, 0, 0, 100]);
  });

  it("sums pillars to the cent, as the model's total does", () => {
    expect(pillarSum({ brand: 17.99, findPeople: 22.46, engage: 15.17, relationships: 23.8 })).toBe(79.42);
    const r = scoreRep(midRep());
    expect(pillarSum(r.pillars)).toBe(r.total);
  });
});

describe("signals", () => {
  const noData = (display: string): SignalResult => ({
    key: "comments",
    pillar: "engage",
    label: "Comments written",
    value: 0,
    display,
    points: 0,
    cap: 7,
    noData: true,
  });

  it("says why a signal has no data and what unlocks it", () => {
    expect(noDataReason("no data (import your LinkedIn archive)")).toBe("import your LinkedIn archive");
    expect(noDataReason("no data (no ideal customer profile: ask your admin to set the ideal customer profile)")).toBe(
      "no ideal customer profile: ask your admin to set the ideal customer profile",
    );
    expect(noDataReason("19 comments written in 90 days")).toBeNull();
    expect(signalView(noData("no data (not in a Basic archive)"))).toEqual({
      key: "comments",
      label: "Comments written",
      detail: "No data: not in a Basic archive",
      pointsText: "— / 7",
      share: 0,
      noData: true,
      reason: "not in a Basic archive",
    });
  });

  it("shows raw figures and points out of the cap for measured signals", () => {
    const v = signalView({
      key: "comments",
      pillar: "engage",
      label: "Comments written",
      value: 9.5,
      display: "19 comments written in 90 days",
      points: 5.5654,
      cap: 7,
      noData: false,
    });
    expect(v).toMatchObject({ detail: "19 comments written in 90 days", pointsText: "5.6 / 7", noData: false, reason: null });
    expect(v.share).toBeCloseTo(5.5654 / 7, 6);
    expect(signalView({ ...noData("x"), noData: false, display: "active in 13 of the last 13 weeks", points: 4.6, cap: 5 }).detail).toBe(
      "Active in 13 of the last 13 weeks",
    );
  });

  it("groups every signal of the real model under its pillar, in model order", () => {
    const r = scoreRep(midRep());
    const groups = signalsByPillar(r.signals);
    expect(Object.keys(groups)).toEqual([...PILLAR_KEYS]);
    expect(Object.values(groups).flat()).toHaveLength(r.signals.length);
    expect(groups.brand[0]?.key).toBe("profileCompleteness");
    expect(noDataSummary(groups.brand)).toBe("1 of 5 signals have no data"); // engagement received
    expect(noDataSummary(groups.relationships)).toBeNull();
  });

  it("recognises a rep with no data at all", () => {
    expect(isEmptyScore(null)).toBe(true);
    expect(isEmptyScore(scoreRep(newRep()))).toBe(true);
    expect(isEmptyScore(scoreRep(midRep()))).toBe(false);
    // Zero points but measured (e.g. a profile imported, nothing in it) is a real score, not "empty".
    expect(isEmptyScore({ total: 0, signals: [{ ...noData("x"), noData: false }] })).toBe(false);
  });
});
