// Hand-checked profiles; the arithmetic is written out in docs/scoring.md "Worked examples".
import { describe, expect, it } from "vitest";
import { MODEL_VERSION, scoreRep, type ScoreResult } from "~/domain/scoring";
import { AS_OF, midRep, newRep, strongRep } from "./golden-inputs";

const points = (r: ScoreResult) => Object.fromEntries(r.signals.map((s) => [s.key, Math.round(s.points * 1e4) / 1e4]));

describe("golden profiles (model v1.0.0)", () => {
  it("is model v1.0.0: golden values must be re-derived when the model version changes", () => {
    expect(MODEL_VERSION).toBe("v1.0.0");
  });

  it("1. a new rep with nothing imported scores 0, every signal 'no data'", () => {
    const r = scoreRep(newRep());
    expect(r.total).toBe(0);
    expect(r.pillars).toEqual({ brand: 0, findPeople: 0, engage: 0, relationships: 0 });
    expect(r.signals).toHaveLength(22);
    for (const s of r.signals) {
      expect(s).toMatchObject({ noData: true, points: 0, value: 0 });
      expect(s.display).toMatch(/^no data \(/);
    }
    expect(r.asOf).toBe(AS_OF.toISOString());
    expect(r.modelVersion).toBe(MODEL_VERSION);
    // Nothing measurable to do: only suggestions that unlock data, most useful first.
    expect(r.actions.map((a) => a.gain)).toEqual([0, 0, 0]);
    expect(r.actions[0]?.action).toMatch(/^Import your LinkedIn data export/);
    expect(r.actions[1]?.action).toMatch(/^Import the Complete LinkedIn archive/);
    expect(r.actions[2]?.action).toMatch(/^Log profile views/);
  });

  it("2. a typical mid rep scores 57.27", () => {
    const r = scoreRep(midRep());
    expect(r.pillars).toEqual({ brand: 12.76, findPeople: 12.24, engage: 14.84, relationships: 17.43 });
    expect(r.total).toBe(57.27);
    expect(points(r)).toEqual({
      profileCompleteness: 5.5,
      endorsementsReceived: 2.5285, // 4 × (1 − e^−1)
      recommendationsReceived: 1.5739, // 4 × (1 − e^−0.5)
      contentPublished: 3.1606, // 5 × (1 − e^−1)
      engagementReceived: 0, // no data
      searches: 2.5285,
      profileViews: 0, // no data
      invitationsSent: 1.8964,
      invitationsAccepted: 2.7543, // 7 × (1 − e^−0.5)
      icpConnections: 5.057,
      comments: 4.4248,
      shares: 1.1804,
      reactions: 1.8964,
      formatVariety: 1.8964,
      groupPosts: 0, // no data
      companiesFollowed: 1.2642,
      consistency: 4.1735, // 5 × (1 − e^−1.8)
      connections: 6.0527, // 7 × (1 − e^−2)
      conversationsStarted: 3.1606,
      repliesToInbound: 2.5285,
      welcomeMessages: 1.8964,
      decisionMakers: 3.7927,
    });
    const byKey = new Map(r.signals.map((s) => [s.key, s]));
    expect(byKey.get("profileCompleteness")?.display).toBe(
      "6 of 11 profile items complete (missing: About section (200+ characters), photo, certifications and 2 more)",
    );
    expect(byKey.get("comments")?.display).toBe("9 comments written in 90 days");
    expect(byKey.get("invitationsAccepted")?.display).toBe("3 of 10 invitations accepted, 30%");
    expect(byKey.get("repliesToInbound")?.display).toBe("replied to 5 of 6 conversations in 90 days, 83%");
    expect(byKey.get("icpConnections")?.display).toBe(
      "40 connections matching your ideal customer profile, 13% of those with a known title",
    );
    expect(byKey.get("profileViews")).toMatchObject({ noData: true, display: "no data (not in LinkedIn archives)" });
  });

  it("2. the mid rep's next best actions, by marginal gain", () => {
    const r = scoreRep(midRep());
    // Full-precision gains (docs/scoring.md): 1.0, 0.9557, 0.9546, 0.8259, 0.5214.
    expect(r.actions.map((a) => [a.signal, a.gain])).toEqual([
      ["profileCompleteness", 1], // About from 150 to 200+ characters: 1.5 − 0.5
      ["formatVariety", 1], // a post in a 3rd format: 3(e^−1 − e^−1.5) + 5(e^−1 − e^−4/3)
      ["recommendationsReceived", 1], // 4(e^−0.5 − e^−1)
      ["invitationsAccepted", 0.8], // sent +1, accepted 3 → 4, one more connection
      ["contentPublished", 0.5], // 5(e^−1 − e^−4/3)
    ]);
    // The only "no data" here is manual-logging data (profile views, groups, engagement
    // received), which does not take the reserved slot.
    expect(r.actions[0]?.action).toBe("Expand your About section to at least 200 characters (now 150)");
  });

  it("3. a strong rep scores 84.81", () => {
    const r = scoreRep(strongRep());
    expect(r.pillars).toEqual({ brand: 22.01, findPeople: 19.71, engage: 20.36, relationships: 22.73 });
    expect(r.total).toBe(84.81);
    const byKey = new Map(r.signals.map((s) => [s.key, s]));
    expect(byKey.get("profileCompleteness")).toMatchObject({ points: 9, display: "11 of 11 profile items complete" });
    expect(byKey.get("reactions")?.display).toBe("45 reactions and 15 poll votes in 90 days");
    expect(byKey.get("connections")?.value).toBe(600); // max(typed-in 600, 580 imported)
    expect(byKey.get("groupPosts")).toMatchObject({ noData: true, points: 0 });
  });
});
