import { describe, expect, it } from "vitest";
import {
  ACTIVITY_KINDS,
  ALL_SOURCES,
  BASIC_ARCHIVE_SOURCES,
  COACHING,
  SIGNAL_KEYS,
  SIGNAL_SPECS,
  emptyScoringInput,
  saturating,
  scoreRep,
  type ScoringInput,
  type SignalResult,
} from "~/domain/scoring";
import { withKind } from "~/domain/scoring/effort";
import { AS_OF, midRep } from "./golden-inputs";

const signal = (i: ScoringInput, key: string): SignalResult => {
  const s = scoreRep(i).signals.find((x) => x.key === key);
  if (!s) throw new Error(`no signal ${key}`);
  return s;
};
const zero = () => emptyScoringInput(AS_OF, { sources: ALL_SOURCES, icpConfigured: true });

describe("saturating curve", () => {
  it("earns 63% of the cap at k, 86% at 2k, never more than the cap", () => {
    expect(saturating(6, 7, 6)).toBeCloseTo(7 * (1 - Math.exp(-1)), 12);
    expect(saturating(12, 7, 6)).toBeCloseTo(7 * (1 - Math.exp(-2)), 12);
    expect(saturating(1e9, 7, 6)).toBe(7);
    expect(saturating(Infinity, 7, 6)).toBe(7);
  });
  it("gives nothing for zero, negative or missing values", () => {
    for (const v of [0, -1, Number.NaN, -Infinity]) expect(saturating(v, 7, 6)).toBe(0);
  });
});

describe("the input helpers", () => {
  it("emptyScoringInput has every activity kind at zero, and fresh objects each call", () => {
    const a = emptyScoringInput(AS_OF);
    expect(ACTIVITY_KINDS).toHaveLength(23);
    expect(Object.keys(a.kinds).sort()).toEqual([...ACTIVITY_KINDS].sort());
    expect(Object.values(a.kinds).every((k) => k.weighted === 0 && k.windowCount === 0 && k.allTimeCount === 0)).toBe(true);
    a.kinds.COMMENT.weighted = 5;
    a.sources.content = true;
    const b = emptyScoringInput(AS_OF);
    expect(b.kinds.COMMENT.weighted).toBe(0);
    expect(b.sources.content).toBe(false);
    expect(b.icpConnections).toBeNull();
    expect(emptyScoringInput(AS_OF, { icpConfigured: true }).icpConnections).toBe(0);
  });
  it("with every source present and nothing done, everything is measured and 0", () => {
    const r = scoreRep(zero());
    expect(r.total).toBe(0);
    expect(r.signals.every((s) => !s.noData && s.points === 0)).toBe(true);
  });
});

describe("model v1 design choices", () => {
  it("every signal has coaching advice and a concrete action", () => {
    for (const key of SIGNAL_KEYS) {
      expect(COACHING[key].advice.length).toBeGreaterThan(20);
      expect(COACHING[key].action(midRep()).length).toBeGreaterThan(20);
    }
  });

  it("a comment is worth more than a reaction, per unit and in total", () => {
    const c = SIGNAL_SPECS.comments;
    const r = SIGNAL_SPECS.reactions;
    expect(c.cap).toBeGreaterThan(r.cap);
    expect(signal(withKind(zero(), "COMMENT"), "comments").points).toBeGreaterThan(
      signal(withKind(zero(), "REACTION"), "reactions").points * 3,
    );
  });

  it("an article counts three posts; a poll vote half a reaction", () => {
    expect(signal(withKind(zero(), "ARTICLE_PUBLISHED"), "contentPublished").value).toBe(3);
    expect(signal(withKind(zero(), "POLL_VOTE"), "reactions").value).toBe(0.5);
  });

  it("connections saturate around 500 and use the larger of the typed-in and imported totals", () => {
    const at = (n: number, typed: number | null = null): ScoringInput => {
      const i = zero();
      return { ...i, profile: { ...i.profile, connectionCount: typed }, kinds: { ...i.kinds, CONNECTION_ADDED: { weighted: 0, windowCount: 0, allTimeCount: n } } };
    };
    expect(signal(at(500), "connections").points / 7).toBeCloseTo(0.918, 3);
    expect(signal(at(1000), "connections").points / 7).toBeGreaterThan(0.99);
    expect(signal(at(120, 600), "connections").value).toBe(600);
    // A typed-in count alone is enough data for this signal.
    const typedOnly = { ...emptyScoringInput(AS_OF), profile: { ...emptyScoringInput(AS_OF).profile, connectionCount: 250 } };
    expect(signal(typedOnly, "connections")).toMatchObject({ noData: false, display: "250 connections" });
  });

  it("scores accepted invitations, not the acceptance rate: sending more never costs points", () => {
    const mid = midRep();
    const spam = { ...mid, kinds: { ...mid.kinds, INVITATION_SENT: { weighted: 60, windowCount: 100, allTimeCount: 400 } } };
    expect(signal(spam, "invitationsAccepted").points).toBe(signal(mid, "invitationsAccepted").points);
    expect(signal(spam, "invitationsAccepted").display).toBe("3 of 100 invitations accepted, 3%");
    expect(signal(spam, "invitationsSent").points).toBeGreaterThan(signal(mid, "invitationsSent").points);
  });

  it("shows a rate only from 3 in the denominator", () => {
    const few = { ...midRep(), invitationsAccepted: 1, conversationsInbound: 2, conversationsReplied: 2, connectionsWithTitle: 2, icpConnections: 1 };
    few.kinds = { ...few.kinds, INVITATION_SENT: { weighted: 1.5, windowCount: 2, allTimeCount: 50 } };
    expect(signal(few, "invitationsAccepted").display).toBe("1 of 2 invitations accepted");
    expect(signal(few, "repliesToInbound").display).toBe("replied to 2 of 2 conversations in 90 days");
    expect(signal(few, "icpConnections").display).toBe("1 connection matching your ideal customer profile");
  });

  it("explains every kind of missing data instead of showing zero", () => {
    const basic = emptyScoringInput(AS_OF, { sources: BASIC_ARCHIVE_SOURCES });
    const displays = Object.fromEntries(scoreRep(basic).signals.filter((s) => s.noData).map((s) => [s.key, s.display]));
    expect(displays).toEqual({
      contentPublished: "no data (not in a Basic archive)",
      engagementReceived: "no data (not in LinkedIn archives)",
      searches: "no data (not in a Basic archive)",
      profileViews: "no data (not in LinkedIn archives)",
      icpConnections: "no data (no ideal customer profile: ask your admin to set the ideal customer profile)",
      comments: "no data (not in a Basic archive)",
      shares: "no data (not in a Basic archive)",
      reactions: "no data (not in a Basic archive)",
      formatVariety: "no data (not in a Basic archive)",
      groupPosts: "no data (not in LinkedIn archives)",
    });
    expect(scoreRep(emptyScoringInput(AS_OF)).signals[0]?.display).toBe("no data (import your LinkedIn archive)");
  });

  it("counts active weeks and formats only up to their maximum", () => {
    const over = { ...zero(), activeWeeks: 20, formatsUsed: 9 };
    expect(signal(over, "consistency")).toMatchObject({ value: 13, display: "active in 13 of the last 13 weeks" });
    expect(signal(over, "formatVariety")).toMatchObject({ value: 6, display: "6 of 6 content formats used" });
  });
});
