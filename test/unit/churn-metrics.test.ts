import { describe, expect, it } from 'vitest';
import { confusionCounts, precision, recall, rocAuc } from '../../src/model/churn-metrics';

describe('rocAuc', () => {
  it('is 1 when every churner scores above every returner, 0 when below', () => {
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [true, true, false, false])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [true, true, false, false])).toBe(0);
  });

  it('counts the share of churner–returner pairs ordered correctly, ties as one half', () => {
    // Pairs (churner, returner): (0.8, 0.5) ✓, (0.8, 0.3) ✓, (0.3, 0.5) ✗, (0.3, 0.3) tie → 2.5 of 4.
    expect(rocAuc([0.8, 0.3, 0.5, 0.3], [true, true, false, false])).toBe(0.625);
    expect(rocAuc([1, 1, 1, 1], [true, false, true, false])).toBe(0.5);
  });

  it('agrees with counting every pair on random scores', () => {
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const scores = Array.from({ length: 300 }, () => Math.round(next() * 20) / 20);
    const churned = scores.map((score) => next() < 0.3 + 0.4 * score);
    let pairs = 0, wins = 0;
    scores.forEach((s, i) => scores.forEach((t, j) => {
      if (churned[i] && !churned[j]) {
        pairs++;
        wins += s > t ? 1 : s === t ? 0.5 : 0;
      }
    }));
    expect(rocAuc(scores, churned)).toBeCloseTo(wins / pairs, 12);
  });

  it('is null without both classes, and refuses labels of another length', () => {
    expect(rocAuc([0.1, 0.2], [true, true])).toBeNull();
    expect(rocAuc([], [])).toBeNull();
    expect(() => rocAuc([0.1, 0.2], [true])).toThrow(/invalid labels/);
  });
});

describe('precision and recall of churn calls', () => {
  it('counts the confusion matrix with churn as the positive class', () => {
    const counts = confusionCounts([true, true, true, false, false], [true, true, false, true, false]);
    expect(counts).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(precision(counts)).toBeCloseTo(2 / 3, 12);
    expect(recall(counts)).toBeCloseTo(2 / 3, 12);
  });

  it('is null when nothing was called, or nobody churned', () => {
    expect(precision(confusionCounts([false, false], [true, false]))).toBeNull();
    expect(recall(confusionCounts([true, false], [false, false]))).toBeNull();
  });
});
