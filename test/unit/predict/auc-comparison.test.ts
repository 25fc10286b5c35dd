import { describe, expect, it } from 'vitest';
import { clearlyHigher, compareAucs } from '../../../src/model/predict/churn/auc-comparison';
import { placements, rankScores, rocAuc } from '../../../src/model/predict/churn/churn-metrics';
import type { Placements } from '../../../src/model/predict/churn/churn-metrics';
import { seededRandom, standardNormal } from '../../../src/model/shared/random';

/**
 * Customers with a hidden risk; two scores see it through noise of different size (the sharper score
 * has the higher AUC). Seeded, so every run draws the same customers.
 */
function twoScores(n: number, sharpNoise: number, bluntNoise: number, seed: number) {
  const random = seededRandom(seed);
  const risk = Array.from({ length: n }, () => standardNormal(random));
  const churned = risk.map((u) => random() < 1 / (1 + Math.exp(-2 * u)));
  const sharp = risk.map((u) => u + sharpNoise * standardNormal(random));
  const blunt = risk.map((u) => u + bluntNoise * standardNormal(random));
  return { churned, sharp, blunt };
}

const placed = (scores: number[], churned: boolean[]): Placements => placements(rankScores(scores), churned)!;

describe('compareAucs (DeLong)', () => {
  it('matches the textbook covariance form, with placements counted pair by pair', () => {
    const { churned, sharp, blunt } = twoScores(120, 0.5, 1, 1);
    const placementsBruteForce = (scores: number[]) => {
      const psi = (s: number, t: number) => (s > t ? 1 : s === t ? 0.5 : 0);
      const churners = scores.filter((_, i) => churned[i]), returners = scores.filter((_, i) => !churned[i]);
      return {
        v10: churners.map((s) => returners.reduce((sum, t) => sum + psi(s, t), 0) / returners.length),
        v01: returners.map((t) => churners.reduce((sum, s) => sum + psi(s, t), 0) / churners.length),
      };
    };
    const covariance = (x: number[], y: number[]) => {
      const mx = x.reduce((a, b) => a + b) / x.length, my = y.reduce((a, b) => a + b) / y.length;
      return x.reduce((sum, xi, i) => sum + (xi - mx) * (y[i] - my), 0) / (x.length - 1);
    };
    const a = placementsBruteForce(sharp), b = placementsBruteForce(blunt);
    const m = a.v10.length, n = a.v01.length;
    const variance = (covariance(a.v10, a.v10) + covariance(b.v10, b.v10) - 2 * covariance(a.v10, b.v10)) / m
      + (covariance(a.v01, a.v01) + covariance(b.v01, b.v01) - 2 * covariance(a.v01, b.v01)) / n;
    const comparison = compareAucs(placed(sharp, churned), placed(blunt, churned))!;
    expect(comparison.difference).toBeCloseTo(rocAuc(sharp, churned)! - rocAuc(blunt, churned)!, 12);
    expect(comparison.standardError).toBeCloseTo(Math.sqrt(variance), 12);
    expect(comparison.low).toBeCloseTo(comparison.difference - 1.96 * comparison.standardError, 3);
  });

  it('agrees with a seeded paired bootstrap of the AUC difference', () => {
    const { churned, sharp, blunt } = twoScores(400, 0.5, 1, 2);
    const random = seededRandom(9);
    const differences: number[] = [];
    for (let resample = 0; resample < 400; resample++) {
      const rows = Array.from(churned, () => Math.floor(random() * churned.length));
      const pick = <T>(values: T[]) => rows.map((row) => values[row]);
      differences.push(rocAuc(pick(sharp), pick(churned))! - rocAuc(pick(blunt), pick(churned))!);
    }
    const mean = differences.reduce((a, b) => a + b) / differences.length;
    const bootstrapError = Math.sqrt(differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / (differences.length - 1));
    const { standardError } = compareAucs(placed(sharp, churned), placed(blunt, churned))!;
    expect(standardError / bootstrapError).toBeGreaterThan(0.85);
    expect(standardError / bootstrapError).toBeLessThan(1.15);
  });

  it('finds no clear difference between identical scores', () => {
    const { churned, sharp } = twoScores(500, 0.5, 1, 3);
    const comparison = compareAucs(placed(sharp, churned), placed([...sharp], churned))!;
    expect(comparison).toMatchObject({ difference: 0, standardError: 0 });
    expect(clearlyHigher(comparison)).toBe(false);
  });

  it('calls a clearly sharper score higher, and not the other way round', () => {
    const { churned, sharp, blunt } = twoScores(2_000, 0.3, 1.5, 4);
    expect(clearlyHigher(compareAucs(placed(sharp, churned), placed(blunt, churned)))).toBe(true);
    expect(clearlyHigher(compareAucs(placed(blunt, churned), placed(sharp, churned)))).toBe(false);
  });

  it('calls a modest gap unclear on 60 customers, and clear on 6,000 drawn the same way', () => {
    // The true gap between these scores is about 0.04 AUC.
    const small = twoScores(60, 0.6, 0.9, 3);
    const gap = compareAucs(placed(small.sharp, small.churned), placed(small.blunt, small.churned))!;
    expect(gap.difference).toBeGreaterThan(0.02);
    expect(gap.difference).toBeLessThan(0.1);
    expect(clearlyHigher(gap)).toBe(false);
    const large = twoScores(6_000, 0.6, 0.9, 3);
    expect(clearlyHigher(compareAucs(placed(large.sharp, large.churned), placed(large.blunt, large.churned)))).toBe(true);
  });

  it('is null with fewer than two customers in a class', () => {
    const one = placed([0.9, 0.2, 0.1], [true, false, false]);
    expect(compareAucs(one, one)).toBeNull();
  });
});
