// Properties DESIGN.md requires of every model version, checked on random inputs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MODEL_VERSION,
  PILLAR_KEYS,
  PILLAR_MAX,
  SIGNAL_KEYS,
  SIGNAL_SPECS,
  scoreRep,
  type ScoreResult,
} from "~/domain/scoring";
import { bump, scoringInput } from "./arbitraries";

const RUNS = { numRuns: 400 };
const cents = (x: number) => Math.round(x * 100);

function assertBounded(r: ScoreResult) {
  for (const p of PILLAR_KEYS) {
    expect(r.pillars[p]).toBeGreaterThanOrEqual(0);
    expect(r.pillars[p]).toBeLessThanOrEqual(PILLAR_MAX);
  }
  expect(cents(r.total)).toBe(PILLAR_KEYS.reduce((s, p) => s + cents(r.pillars[p]), 0));
  for (const s of r.signals) {
    expect(s.points).toBeGreaterThanOrEqual(0);
    expect(s.points).toBeLessThanOrEqual(s.cap);
    if (s.noData) expect(s.points).toBe(0);
  }
}

describe("scoring model properties", () => {
  it("caps of each pillar sum to exactly 25", () => {
    for (const p of PILLAR_KEYS) {
      const caps = SIGNAL_KEYS.filter((k) => SIGNAL_SPECS[k].pillar === p).map((k) => SIGNAL_SPECS[k].cap);
      expect(caps.reduce((a, b) => a + b, 0)).toBe(PILLAR_MAX);
    }
  });

  it("every pillar stays in [0, 25], every signal in [0, cap], total = Σ pillars (in cents)", () => {
    fc.assert(fc.property(scoringInput, (input) => assertBounded(scoreRep(input))), RUNS);
  });

  it("stays bounded on absurd data (huge, negative, NaN, Infinity)", () => {
    const weird = fc.constantFrom(-5, -Infinity, Number.NaN, 1e308, Infinity, 0);
    fc.assert(
      fc.property(scoringInput, weird, (input, x) => {
        const bad = {
          ...input,
          activeWeeks: x,
          formatsUsed: x,
          invitationsAccepted: x,
          icpConnections: x,
          profile: { ...input.profile, summaryLength: x, skillsCount: x, connectionCount: x },
          kinds: { ...input.kinds, COMMENT: { weighted: x, windowCount: x, allTimeCount: x } },
        };
        assertBounded(scoreRep(bad));
      }),
      { numRuns: 100 },
    );
  });

  it("one more positive activity never lowers any pillar, nor any signal", () => {
    fc.assert(
      fc.property(scoringInput, bump, (input, b) => {
        const before = scoreRep(input);
        const after = scoreRep(b.apply(input));
        for (const p of PILLAR_KEYS) {
          if (after.pillars[p] < before.pillars[p]) throw new Error(`${b.label} lowered ${p}`);
        }
        before.signals.forEach((s, i) => {
          const a = after.signals[i];
          if (!a || a.points < s.points) throw new Error(`${b.label} lowered ${s.key}: ${s.points} → ${a?.points}`);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("is deterministic, leaves its input untouched, and carries the model version", () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        const copy = structuredClone(input);
        const a = scoreRep(input);
        expect(input).toEqual(copy);
        expect(scoreRep(copy)).toEqual(a);
        expect(a.modelVersion).toBe(MODEL_VERSION);
        expect(a.asOf).toBe(input.asOf.toISOString());
        expect(a.signals.map((s) => s.key)).toEqual(SIGNAL_KEYS);
      }),
      { numRuns: 200 },
    );
  });

  it("next best actions: at most 5, measured ones by descending gain, each worth ≥ 0.1", () => {
    fc.assert(
      fc.property(scoringInput, (input) => {
        const { actions } = scoreRep(input);
        expect(actions.length).toBeLessThanOrEqual(5);
        const measured = actions.filter((a) => a.gain > 0);
        const unlocks = actions.filter((a) => a.gain === 0);
        expect(actions).toEqual([...measured, ...unlocks]);
        for (let i = 1; i < measured.length; i++) expect(measured[i - 1]!.gain).toBeGreaterThanOrEqual(measured[i]!.gain);
        for (const a of measured) expect(a.gain).toBeGreaterThanOrEqual(0.1);
      }),
      { numRuns: 200 },
    );
  });
});
