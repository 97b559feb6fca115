import { describe, expect, it } from "vitest";
import { actionViews, combinedGainText, officialComparison } from "~/components/dashboard/format/actions";
import { cheapestPillarText, dashboardTitle } from "~/components/dashboard/format/headline";
import {
  dayMinus,
  logActivitySchema,
  newClientId,
  occurredAtFor,
  pillarTotal,
  readingSchema,
  toNumberOrNull,
} from "~/components/dashboard/quick-actions/schemas";
import { MINUS } from "~/lib/format/number";
import { scoreRep } from "~/domain/scoring";
import { midRep, newRep } from "../scoring/golden-inputs";

describe("next best actions", () => {
  it("shows the top actions with estimated points (docs/scoring.md worked example 2)", () => {
    const views = actionViews(scoreRep(midRep()).actions);
    expect(views).toHaveLength(5);
    expect(views.map((v) => v.gainText)).toEqual(["+1.0 pts", "+1.0 pts", "+1.0 pts", "+0.8 pts", "+0.5 pts"]);
    expect(views[0]).toMatchObject({ pillar: "brand", pillarLabel: "Brand", unlocks: false });
    expect(combinedGainText(scoreRep(midRep()).actions)).toBe("Doing all 5 adds about 4.3 points (estimates; each counts once).");
  });

  it("marks suggestions that unlock data instead of inventing a gain", () => {
    const views = actionViews(scoreRep(newRep()).actions);
    expect(views.length).toBeGreaterThanOrEqual(3);
    expect(views.every((v) => v.unlocks && v.gainText === null)).toBe(true);
    expect(combinedGainText(scoreRep(newRep()).actions)).toBeNull();
  });

  it("names the cheapest pillar below 70 only", () => {
    const mid = scoreRep(midRep());
    expect(cheapestPillarText(mid.total, mid.actions)).toBe("Establish your professional brand is the cheapest pillar to raise right now.");
    expect(cheapestPillarText(75, mid.actions)).toBeNull();
    expect(cheapestPillarText(0, scoreRep(newRep()).actions)).toBeNull();
  });
});

describe("official reading beside the estimate", () => {
  const official = {
    readOn: "2026-11-20",
    total: 74,
    pillars: { brand: 18, findPeople: 20, engage: 16, relationships: 20 },
    industryTopPercent: 4,
    networkTopPercent: 10,
  };
  it("states the difference both ways", () => {
    expect(officialComparison(79.42, official)).toEqual({
      officialText: "74.0",
      dateText: "20 Nov 2026",
      diffText: "+5.4",
      sentence: "Our estimate is 5.4 points above LinkedIn's reading of 20 Nov 2026.",
    });
    expect(officialComparison(70, official).diffText).toBe(`${MINUS}4.0`);
    expect(officialComparison(74.02, official).sentence).toBe("Our estimate matches LinkedIn's reading of 20 Nov 2026.");
  });
});

describe("quick-action forms", () => {
  const kinds = [
    { kind: "COMMENT", maxQuantity: 100, unit: "comments" },
    { kind: "ARTICLE_PUBLISHED", maxQuantity: 5, unit: "articles" },
  ];
  const today = "2026-11-27";

  it("log activity: a known kind, 1..its maximum, a day in the last 12 months", () => {
    const s = logActivitySchema(kinds, today);
    expect(s.safeParse({ kind: "COMMENT", quantity: 5, day: today }).success).toBe(true);
    const many = s.safeParse({ kind: "ARTICLE_PUBLISHED", quantity: 6, day: today });
    expect(many.success ? null : many.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([["quantity", "At most 5 articles at once"]]);
    const future = s.safeParse({ kind: "COMMENT", quantity: 1, day: "2026-11-28" });
    expect(future.success ? null : future.error.issues[0]?.message).toBe("Not in the future");
    expect(s.safeParse({ kind: "COMMENT", quantity: 1, day: dayMinus(today, 366) }).success).toBe(false);
    expect(s.safeParse({ kind: "COMMENT", quantity: 0, day: today }).success).toBe(false);
    expect(s.safeParse({ kind: "SEARCH", quantity: 1, day: today }).success).toBe(false);
    expect(s.safeParse({ kind: "COMMENT", quantity: null, day: today }).success).toBe(false);
  });

  it("stores today's activity now (full weight) and an earlier day at its local noon", () => {
    const now = new Date(2026, 10, 27, 9, 15);
    expect(occurredAtFor("2026-11-27", now)).toBe(now);
    expect(occurredAtFor("2026-11-20", now)).toEqual(new Date(2026, 10, 20, 12, 0, 0));
    expect(dayMinus("2026-03-01", 1)).toBe("2026-02-28");
  });

  it("official reading: pillars must add up to the total (LinkedIn rounds, so within 1 point)", () => {
    const s = readingSchema(today);
    const base = {
      readOn: today,
      total: 74,
      brand: 18.2,
      findPeople: 19.9,
      engage: 16.1,
      relationships: 20.3,
      industryTopPercent: null,
      networkTopPercent: 12,
    };
    expect(s.safeParse(base).success).toBe(true);
    const off = s.safeParse({ ...base, total: 80 });
    expect(off.success ? null : off.error.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["total", "The four pillars add up to 74.50, not 80. Check the numbers on LinkedIn's page."],
    ]);
    expect(s.safeParse({ ...base, brand: 26 }).success).toBe(false);
    expect(s.safeParse({ ...base, readOn: "2026-11-28" }).success).toBe(false);
    expect(s.safeParse({ ...base, networkTopPercent: 0 }).success).toBe(false);
    expect(pillarTotal({ brand: 0.1, findPeople: 0.2, engage: 0.3, relationships: 0.4 })).toBe(1);
  });

  it("makes a v4 UUID for each logging attempt, also outside secure contexts", () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newClientId()).toMatch(v4);
    const insecure = { getRandomValues: <T extends ArrayBufferView | null>(a: T) => globalThis.crypto.getRandomValues(a as Uint8Array) as unknown as T };
    const ids = new Set(Array.from({ length: 50 }, () => newClientId(insecure)));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(v4);
  });

  it("reads number inputs forgivingly", () => {
    expect(toNumberOrNull("")).toBeNull();
    expect(toNumberOrNull(" 12,5 ")).toBe(12.5);
    expect(Number.isNaN(toNumberOrNull("abc"))).toBe(true);
    expect(toNumberOrNull(7)).toBe(7);
  });

  it("greets the rep by first name, titles others by their name", () => {
    expect(dashboardTitle({ self: true, viewerName: "Priya Raman", repName: "Priya Raman" })).toBe("Hello, Priya");
    expect(dashboardTitle({ self: false, viewerName: "Maya Johnson", repName: "Marcus Chen" })).toBe("Marcus Chen");
  });
});
