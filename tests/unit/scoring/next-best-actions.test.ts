import { describe, expect, it } from "vitest";
import {
  BASIC_ARCHIVE_SOURCES,
  COMPLETE_ARCHIVE_SOURCES,
  cheapestPillar,
  marginalGains,
  scoreRep,
  type ScoringInput,
} from "~/domain/scoring";
import { withCounts, withKind } from "~/domain/scoring/effort";
import { midRep, strongRep } from "./golden-inputs";

const rawTotal = (i: ScoringInput) => scoreRep(i).signals.reduce((s, x) => s + x.points, 0);
const gainOf = (i: ScoringInput, key: string) => marginalGains(i).find((g) => g.key === key)?.gain;

describe("next best actions", () => {
  it("prices one unit of effort as the change in total points it causes", () => {
    const mid = midRep();
    const base = rawTotal(mid);
    expect(gainOf(mid, "comments")).toBeCloseTo(rawTotal(withKind(mid, "COMMENT")) - base, 12);
    // 7 × (e^−1 − e^−7/6)
    expect(gainOf(mid, "comments")).toBeCloseTo(7 * (Math.exp(-1) - Math.exp(-7 / 6)), 12);
    // A welcome message also opens a conversation: both signals gain.
    const welcome = withCounts(withKind(mid, "MESSAGE_SENT"), { welcomeMessages: 1, conversationsStarted: 1 });
    expect(gainOf(mid, "welcomeMessages")).toBeCloseTo(rawTotal(welcome) - base, 12);
  });

  it("words actions from the coaching content, with the rep's own figures", () => {
    const { actions } = scoreRep(midRep());
    expect(actions.map((a) => a.action)).toEqual([
      "Expand your About section to at least 200 characters (now 150)",
      "Try a format you haven't used: a short video, a PDF carousel or a poll (2 of 6 used)",
      "Ask a satisfied customer or colleague for a short recommendation",
      "Add a personal note mentioning common ground to each invitation (30% accepted so far)",
      "Publish a post on a problem your customers face this week (an article counts 3×)",
    ]);
    expect(cheapestPillar(actions)).toBe("brand");
  });

  it("offers a reply only while a conversation waits, and a welcome only for unwelcomed connections", () => {
    const mid = midRep(); // 6 inbound, 5 replied; 12 new connections, 4 welcomed
    expect(scoreRep(mid).actions.length).toBe(5);
    expect(gainOf(mid, "repliesToInbound")).toBeGreaterThan(0);
    const allAnswered = { ...mid, conversationsReplied: 6 };
    expect(gainOf(allAnswered, "repliesToInbound")).toBeUndefined();
    const allWelcomed = { ...mid, welcomeMessages: 12 };
    expect(gainOf(allWelcomed, "welcomeMessages")).toBeUndefined();
  });

  it("says how many conversations wait for an answer", () => {
    const waiting: ScoringInput = { ...midRep(), conversationsInbound: 40, conversationsReplied: 0 };
    const reply = scoreRep(waiting).actions.find((a) => a.signal === "repliesToInbound");
    expect(reply?.action).toBe("Answer the 40 conversations waiting for your reply");
  });

  it("keeps the last slot for importing a Complete archive when a Basic one is all we have", () => {
    const basic: ScoringInput = { ...midRep(), sources: { ...BASIC_ARCHIVE_SOURCES } };
    const { actions, signals } = scoreRep(basic);
    expect(signals.find((s) => s.key === "comments")).toMatchObject({
      noData: true,
      points: 0,
      display: "no data (not in a Basic archive)",
    });
    expect(actions).toHaveLength(5);
    expect(actions.slice(0, 4).every((a) => a.gain > 0)).toBe(true);
    expect(actions[4]).toEqual({
      signal: "comments", // the largest signal it unlocks
      pillar: "engage",
      action:
        "Import the Complete LinkedIn archive (the Basic one has no posts, comments, reactions or searches), or log your comments and posts",
      gain: 0,
    });
  });

  it("asks for an ideal customer profile when the org has none", () => {
    const noIcp: ScoringInput = { ...midRep(), icpConnections: null, sources: { ...COMPLETE_ARCHIVE_SOURCES } };
    const r = scoreRep(noIcp);
    expect(r.signals.find((s) => s.key === "icpConnections")).toMatchObject({
      noData: true,
      display: "no data (no ideal customer profile: ask your admin to set the ideal customer profile)",
    });
    expect(r.actions[4]).toMatchObject({ signal: "icpConnections", pillar: "findPeople", gain: 0 });
    expect(r.actions[4]?.action).toMatch(/^Ask your admin to set the ideal customer profile/);
  });

  it("does not reserve a slot just for manual logging, but fills empty slots with it", () => {
    const strong = scoreRep(strongRep()); // no profile views, no groups: manual-logging data only
    expect(strong.actions.filter((a) => a.gain === 0)).toEqual([]);
    const saturated: ScoringInput = {
      ...strongRep(),
      icpConnections: 10_000,
      decisionMakerConnections: 10_000,
      conversationsStarted: 1000,
      conversationsReplied: 12,
      welcomeMessages: 15,
      activeWeeks: 13,
      formatsUsed: 6,
      invitationsAccepted: 1000,
      profile: { ...strongRep().profile, connectionCount: 30_000 },
      kinds: Object.fromEntries(
        Object.entries(strongRep().kinds).map(([k, v]) => [k, { weighted: 1e4, windowCount: 1e4, allTimeCount: 1e5 }]),
      ) as ScoringInput["kinds"],
    };
    const { actions } = scoreRep(saturated);
    expect(actions).toEqual([
      expect.objectContaining({ gain: 0, signal: "profileViews", action: expect.stringMatching(/^Log profile views/) }),
    ]);
  });

  it("suggests the most valuable missing profile item, and admits when we cannot see the photo", () => {
    const mid = midRep();
    const aboutDone: ScoringInput = { ...mid, profile: { ...mid.profile, summaryLength: 400 } };
    const action = scoreRep(aboutDone).actions.find((a) => a.signal === "profileCompleteness");
    expect(action).toMatchObject({
      gain: 1,
      action: "Add a professional photo, or confirm you have one (LinkedIn archives don't say)",
    });
  });
});
