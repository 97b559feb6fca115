import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  industryPercentile,
  MIN_PLATFORM_SAMPLE,
  normalPercentile,
  percentileRank,
  sortSample,
  topPercent,
} from "~/domain/ranks/percentile";

describe("percentileRank", () => {
  it("counts the share strictly below plus half of the ties", () => {
    const sample = [10, 20, 20, 30, 40];
    expect(percentileRank(5, sample)).toBe(0);
    expect(percentileRank(10, sample)).toBe(10); // (0 + 0.5) / 5
    expect(percentileRank(20, sample)).toBe(40); // (1 + 1) / 5
    expect(percentileRank(25, sample)).toBe(60);
    expect(percentileRank(40, sample)).toBe(90);
    expect(percentileRank(50, sample)).toBe(100);
    expect(percentileRank(7, [7, 7, 7])).toBe(50);
  });
  it("has no answer for an empty sample or a non-finite value", () => {
    expect(percentileRank(10, [])).toBeNull();
    expect(percentileRank(Number.NaN, [1, 2])).toBeNull();
  });
  it("agrees with a linear count on random samples, and rises with the value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: -5, max: 105 }), (raw, v) => {
        const sample = sortSample(raw);
        const below = sample.filter((x) => x < v).length;
        const ties = sample.filter((x) => x === v).length;
        expect(percentileRank(v, sample)).toBeCloseTo(((below + ties / 2) / sample.length) * 100, 9);
        expect(percentileRank(v + 1, sample)!).toBeGreaterThanOrEqual(percentileRank(v, sample)!);
      }),
    );
  });
  it("sortSample drops non-finite values and sorts numerically", () => {
    expect(sortSample([10, 9, Number.NaN, 100, Infinity, -1])).toEqual([-1, 9, 10, 100]);
  });
});

describe("normalPercentile", () => {
  it("matches the standard normal CDF", () => {
    expect(normalPercentile(50, 50, 10)).toBe(50);
    expect(normalPercentile(60, 50, 10)).toBeCloseTo(84.134, 3);
    expect(normalPercentile(40, 50, 10)).toBeCloseTo(15.866, 3);
    expect(normalPercentile(69.6, 50, 10)).toBeCloseTo(97.5, 2);
    expect(normalPercentile(1000, 50, 10)).toBe(100);
    expect(normalPercentile(-1000, 50, 10)).toBe(0);
  });
  it("treats a zero or invalid spread as a step at the mean", () => {
    expect(normalPercentile(49, 50, 0)).toBe(0);
    expect(normalPercentile(50, 50, 0)).toBe(50);
    expect(normalPercentile(51, 50, -1)).toBe(100);
  });
});

describe("topPercent", () => {
  it("turns a percentile into 'top X%', rounding toward the modest side", () => {
    expect(topPercent(87.3)).toBe(13);
    expect(topPercent(87)).toBe(13);
    expect(topPercent(90)).toBe(10);
    expect(topPercent(50)).toBe(50);
    expect(topPercent(70.1)).toBe(30);
  });
  it("never shows top 0% nor more than 100%", () => {
    expect(topPercent(99.99)).toBe(1);
    expect(topPercent(100)).toBe(1);
    expect(topPercent(120)).toBe(1);
    expect(topPercent(0)).toBe(100);
    expect(topPercent(-3)).toBe(100);
    expect(topPercent(Number.NaN)).toBe(100);
  });
});

describe("industryPercentile", () => {
  const big = sortSample(Array.from({ length: 40 }, (_, i) => 30 + i)); // 30..69
  it("uses the platform sample when it is large enough", () => {
    expect(industryPercentile({ value: 50, platformSample: big, reference: { mean: 60, sd: 10 } })).toEqual({
      percentile: 51.25, // (20 + 0.5) / 40
      source: "PLATFORM",
    });
  });
  it("falls back to the reference distribution for a small sample, or gives up without one", () => {
    const small = big.slice(0, MIN_PLATFORM_SAMPLE - 1);
    expect(industryPercentile({ value: 60, platformSample: small, reference: { mean: 60, sd: 10 } })).toEqual({
      percentile: 50,
      source: "REFERENCE",
    });
    expect(industryPercentile({ value: 60, platformSample: small, reference: null })).toBeNull();
    expect(industryPercentile({ value: 60, platformSample: small, reference: null, minSample: 5 })?.source).toBe("PLATFORM");
  });
});
