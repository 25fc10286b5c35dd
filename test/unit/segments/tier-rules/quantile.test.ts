import { describe, expect, it } from 'vitest';
import { quantileCont, quantileOfPercentile } from '../../../../src/model/segments/tier-rules/quantile';
import { seededRandom } from '../../../../src/model/shared/random';

/**
 * numpy's "linear" quantile (pandas' default), transcribed from numpy/lib/function_base.py: the same
 * position (n − 1)·q, interpolated from the lower value below d = 0.5 and from the upper one above.
 */
function numpyLinear(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  const gamma = position - below;
  const [a, b] = [sorted[below], sorted[above]];
  const difference = b - a;
  return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma;
}

describe('quantileCont', () => {
  it('interpolates linearly between the two nearest values at position (n − 1)·q', () => {
    expect(quantileCont([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantileCont([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.75)).toBe(7.75);
    expect(quantileCont([10, 20], 0.5)).toBe(15);
    expect(quantileCont([3, 7, 9], 0.5)).toBe(7);
    expect(quantileCont([42], 0.3)).toBe(42);
  });

  it('gives the smallest value at 0 and the largest at 1', () => {
    expect(quantileCont([2, 5, 11], 0)).toBe(2);
    expect(quantileCont([2, 5, 11], 1)).toBe(11);
  });

  it('gives the tied value itself when the two nearest values are equal', () => {
    // v·(1 − d) + v·d, DuckDB's arithmetic, is one unit in the last place above 0.1 here.
    expect(0.1 * (1 - 0.2) + 0.1 * 0.2).toBe(0.10000000000000002);
    expect(quantileCont([0.1, 0.1], 0.2)).toBe(0.1);
    expect(quantileCont([1, 5, 5, 5, 9], 0.6)).toBe(5);
  });

  it('lets exactly the same values pass ≥ and > as pandas’ quantile does, on spends in cents', () => {
    const random = seededRandom(7);
    for (let trial = 0; trial < 500; trial++) {
      const n = 1 + Math.floor(random() * 60);
      const values = Array.from({ length: n }, () => Math.round(random() * 400_000) / 100).sort((a, b) => a - b);
      const q = Math.floor(random() * 101) / 100;
      const ours = quantileCont(values, q);
      const pandas = numpyLinear(values, q);
      expect(Math.abs(ours - pandas)).toBeLessThanOrEqual(Math.abs(pandas) * Number.EPSILON);
      expect(values.filter((value) => value >= ours)).toEqual(values.filter((value) => value >= pandas));
      expect(values.filter((value) => value > ours)).toEqual(values.filter((value) => value > pandas));
    }
  });

  it('turns a percentile into the double written as its decimal', () => {
    expect(quantileOfPercentile(75)).toBe(0.75);
    expect(quantileOfPercentile(80)).toBe(0.8);
    expect(quantileOfPercentile(7)).toBe(0.07);
  });

  it('refuses no values and a quantile outside 0–1', () => {
    expect(() => quantileCont([], 0.5)).toThrow('invalid quantile: no values');
    expect(() => quantileCont([1], 1.5)).toThrow('invalid quantile: 1.5');
    expect(() => quantileCont([1], Number.NaN)).toThrow('invalid quantile: NaN');
  });
});
