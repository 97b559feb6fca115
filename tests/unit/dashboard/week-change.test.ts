// "Why did it move" as the dashboard shows it, on real explainChange output.
import { describe, expect, it } from "vitest";
import { causeText, weekChangeView } from "~/components/dashboard/format/week-change";
import type { WeekChange } from "~/components/dashboard/types";
import { MINUS } from "~/lib/format/number";
import { explainChange, scoreRep, type KindAggregate, type ScoringInput } from "~/domain/scoring";
import { midRep } from "../scoring/golden-inputs";

const withComments = (i: ScoringInput, c: KindAggregate): ScoringInput => ({ ...i, kinds: { ...i.kinds, COMMENT: c } });
const since = (c: ReturnType<typeof explainChange>, week = "2026-W47"): WeekChange => ({ ...c, sinceWeek: week });

describe("why did it move", () => {
  it("puts the delta and pillar in a badge and keeps the plain-words cause", () => {
    const prev = scoreRep(withComments(midRep(), { weighted: 1, windowCount: 1, allTimeCount: 72 }));
    const view = weekChangeView(since(explainChange(prev, scoreRep(midRep()))));
    expect(view).toMatchObject({
      direction: "up",
      deltaText: "+3.4",
      headline: "+3.4",
      since: "since week 47 of 2026 (from 16 Nov)",
      modelNote: null,
      showsAging: false,
    });
    expect(view.causes).toEqual([
      {
        signal: "comments",
        pillar: "engage",
        pillarLabel: "Engage",
        deltaText: "+3.4",
        direction: "up",
        text: "9 comments written in 90 days (was 1)",
        sentence: "+3.4 Engage: 9 comments written in 90 days (was 1)",
        agedOnly: false,
      },
    ]);
    expect(view.pillars.map((p) => [p.label, p.deltaText, p.direction])).toEqual([
      ["Brand", "0.0", "flat"],
      ["Find people", "0.0", "flat"],
      ["Engage", "+3.4", "up"],
      ["Relationships", "0.0", "flat"],
    ]);
    expect(view.pillars[2]?.fromTo).toBe("Engage 11.5 → 14.8");
  });

  it("explains a fall caused only by ageing activity", () => {
    const prev = scoreRep(withComments(midRep(), { weighted: 9, windowCount: 9, allTimeCount: 80 }));
    const view = weekChangeView(since(explainChange(prev, scoreRep(midRep()))));
    expect(view.direction).toBe("down");
    expect(view.headline).toBe(`${MINUS}1.0`); // 7 × (e^−1 − e^−1.5) = 1.0136
    expect(view.causes[0]).toMatchObject({ text: "9 comments written in 90 days (same count, older now)", agedOnly: true, direction: "down" });
    expect(view.showsAging).toBe(true);
  });

  it("says unchanged, and flags a new model version", () => {
    const r = scoreRep(midRep());
    const same = weekChangeView(since(explainChange(r, r)));
    expect(same).toMatchObject({ direction: "flat", headline: "Unchanged", since: "since week 47 of 2026 (from 16 Nov)", causes: [] });
    const older = { ...r, modelVersion: "v0.9.0" };
    expect(weekChangeView(since(explainChange(older, r))).modelNote).toMatch(/new version of the scoring model/);
  });

  it("strips only a leading prefix, never text inside a sentence", () => {
    expect(causeText("-0.2 Brand: 7 posts in 90 days (same count, older now)", "Brand")).toBe("7 posts in 90 days (same count, older now)");
    expect(causeText("+12.3 Find people: 40 searches", "Find people")).toBe("40 searches");
    expect(causeText("Something about Brand: later in the text", "Brand")).toBe("Something about Brand: later in the text");
    expect(causeText("no prefix at all", "Engage")).toBe("no prefix at all");
  });
});
