// The dashboard and the weekly e-mail both print these sentences: their wording is the contract.
import { describe, expect, it } from "vitest";
import {
  explainChange,
  NO_SOURCES,
  scoreRep,
  type KindAggregate,
  type ScoringInput,
} from "~/domain/scoring";
import { midRep } from "./golden-inputs";

const withComments = (i: ScoringInput, c: KindAggregate): ScoringInput => ({ ...i, kinds: { ...i.kinds, COMMENT: c } });

describe("explainChange", () => {
  it("names the cause with the count it had before", () => {
    const prev = scoreRep(withComments(midRep(), { weighted: 1, windowCount: 1, allTimeCount: 72 }));
    const curr = scoreRep(midRep()); // 9 comments, weighted 6
    const change = explainChange(prev, curr);
    // 7 × (e^−1/6 − e^−1) = 3.3502
    expect(change.causes).toEqual([
      { signal: "comments", pillar: "engage", delta: expect.closeTo(3.3502, 4), text: "+3.4 Engage: 9 comments written in 90 days (was 1)" },
    ]);
    expect(change.pillars).toEqual([
      { pillar: "brand", label: "Brand", from: 12.76, to: 12.76, delta: 0 },
      { pillar: "findPeople", label: "Find people", from: 12.24, to: 12.24, delta: 0 },
      { pillar: "engage", label: "Engage", from: 11.49, to: 14.84, delta: 3.35 },
      { pillar: "relationships", label: "Relationships", from: 17.43, to: 17.43, delta: 0 },
    ]);
    expect(change).toMatchObject({ from: 53.92, to: 57.27, totalDelta: 3.35, modelChanged: false });
    expect(change.summary).toBe("+3.4 to 57.3, mostly Engage (+3.4).");
  });

  it("orders causes by absolute impact and phrases losses with a minus", () => {
    const base = midRep();
    const prevInput: ScoringInput = {
      ...withComments(base, { weighted: 8, windowCount: 9, allTimeCount: 80 }),
      kinds: {
        ...base.kinds,
        COMMENT: { weighted: 8, windowCount: 9, allTimeCount: 80 },
        CONNECTION_ADDED: { weighted: 7, windowCount: 12, allTimeCount: 500 },
      },
      activeWeeks: 10,
    };
    const change = explainChange(scoreRep(prevInput), scoreRep(base));
    expect(change.causes.map((c) => c.text)).toEqual([
      "-0.7 Engage: 9 comments written in 90 days (same count, older now)", // 7(e^−8/6 − e^−1)
      "-0.4 Relationships: 400 connections (was 500)", // 7(e^−2.5 − e^−2)
      "-0.1 Engage: active in 9 of the last 13 weeks (was 10)", // 5(e^−2 − e^−1.8)
    ]);
    expect(change.summary).toBe("-1.3 to 57.3, mostly Engage (-0.9).");
  });

  it("ignores changes below 0.05 points", () => {
    const base = midRep();
    const nudged: ScoringInput = { ...base, kinds: { ...base.kinds, REACTION: { weighted: 15.1, windowCount: 25, allTimeCount: 400 } } };
    const change = explainChange(scoreRep(base), scoreRep(nudged)); // +0.0073 points
    expect(change.causes).toEqual([]);
    expect(change.totalDelta).toBe(0);
    expect(change.summary).toBe("Unchanged at 57.3.");
  });

  it("says when a signal is newly measured, or has lost its data", () => {
    const basic: ScoringInput = { ...midRep(), sources: { ...midRep().sources, content: false } };
    const gained = explainChange(scoreRep(basic), scoreRep(midRep()));
    expect(gained.causes.map((c) => c.text)).toEqual([
      "+4.4 Engage: 9 comments written in 90 days (newly measured)",
      "+3.2 Brand: 5 posts in 90 days (newly measured)",
      "+1.9 Engage: 25 reactions in 90 days (newly measured)",
      "+1.9 Engage: 2 of 6 content formats used (newly measured)",
      "+1.2 Engage: 3 shares in 90 days (newly measured)",
    ]);
    const lost = explainChange(scoreRep(midRep()), scoreRep(basic), { limit: 1 });
    expect(lost.causes.map((c) => c.text)).toEqual(["-4.4 Engage: Comments written: no data (not in a Basic archive)"]);
  });

  it("explains partial profile credit", () => {
    const mid = midRep();
    const before: ScoringInput = { ...mid, profile: { ...mid.profile, summaryLength: 0 } };
    const change = explainChange(scoreRep(before), scoreRep(mid));
    expect(change.causes.map((c) => c.text)).toEqual([
      "+0.5 Brand: 6 of 11 profile items complete (missing: About section (200+ characters), photo, certifications and 2 more) (partial credit added)",
    ]);
  });

  it("flags a model version change", () => {
    const prev = { ...scoreRep(midRep()), modelVersion: "v0.9.0" };
    const change = explainChange(prev, scoreRep(midRep()));
    expect(change.modelChanged).toBe(true);
    expect(change.summary).toBe("Unchanged at 57.3. The scoring model changed from v0.9.0 to v1.0.0.");
  });

  it("handles a rep going from nothing to something", () => {
    const prev = scoreRep({ ...midRep(), sources: { ...NO_SOURCES }, icpConnections: null });
    const change = explainChange(prev, scoreRep(midRep()), { limit: 3 });
    expect(change.totalDelta).toBe(57.27);
    expect(change.causes).toHaveLength(3);
    expect(change.causes[0]?.text).toBe("+6.1 Relationships: 400 connections (newly measured)");
    expect(change.summary).toBe("+57.3 to 57.3, mostly Relationships (+17.4).");
  });

  it("falls back to the previous display for results stored without counts", () => {
    const strip = (r: ReturnType<typeof scoreRep>) => ({ ...r, signals: r.signals.map(({ count: _count, ...rest }) => rest) });
    const prev = strip(scoreRep(withComments(midRep(), { weighted: 1, windowCount: 1, allTimeCount: 72 })));
    const change = explainChange(JSON.parse(JSON.stringify(prev)), strip(scoreRep(midRep())));
    expect(change.causes[0]?.text).toBe("+3.4 Engage: 9 comments written in 90 days (was 1 comment written in 90 days)");
  });
});
