import { describe, expect, it } from 'vitest';
import { placements, precision, rankScores, recall, rocAuc, topKCounts } from '../../../src/model/predict/churn/churn-metrics';
import { seededRandom } from '../../../src/model/shared/random';

/** Scores rounded to a coarse grid, so that ties are common; churn more likely at high scores. */
function randomCase(n: number, seed: number): { scores: number[]; churned: boolean[] } {
  const random = seededRandom(seed);
  const scores = Array.from({ length: n }, () => Math.round(random() * 20) / 20);
  return { scores, churned: scores.map((score) => random() < 0.3 + 0.4 * score) };
}

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
    const { scores, churned } = randomCase(300, 7);
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

describe('placements', () => {
  it('give each churner the share of returners below it and each returner the share of churners above it', () => {
    const { scores, churned } = randomCase(200, 11);
    const placed = placements(rankScores(scores), churned)!;
    const share = (ofChurners: boolean, counts: (other: number) => number) => {
      const others = scores.flatMap((s, j) => (churned[j] === ofChurners ? [counts(s)] : []));
      return others.reduce((sum, value) => sum + value, 0) / others.length;
    };
    const churnerIndices = churned.flatMap((c, i) => (c ? [i] : []));
    const returnerIndices = churned.flatMap((c, i) => (c ? [] : [i]));
    churnerIndices.forEach((i, position) => {
      expect(placed.churners[position]).toBeCloseTo(share(false, (t) => (scores[i] > t ? 1 : scores[i] === t ? 0.5 : 0)), 12);
    });
    returnerIndices.forEach((j, position) => {
      expect(placed.returners[position]).toBeCloseTo(share(true, (s) => (s > scores[j] ? 1 : s === scores[j] ? 0.5 : 0)), 12);
    });
  });
});

describe('precision and recall of the top k', () => {
  it('call exactly the k highest scores when no tie straddles the cut-off', () => {
    const counts = topKCounts(rankScores([0.9, 0.1, 0.7, 0.4, 0.8]), [true, false, false, true, true], 3);
    // Called: 0.9 ✓, 0.8 ✓, 0.7 ✗; missed: 0.4 ✓.
    expect(counts).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 1, trueNegatives: 1 });
    expect(precision(counts)).toBeCloseTo(2 / 3, 12);
    expect(recall(counts)).toBeCloseTo(2 / 3, 12);
  });

  it('share a tied cut-off as the average over every way of breaking the tie', () => {
    const scores = [0.9, 0.5, 0.5, 0.5, 0.2, 0.5, 0.1];
    const churned = [true, true, false, false, true, true, false];
    const k = 3;
    // Brute force: every order of the 7 customers as the tie-break, the top 3 counted and averaged.
    let truePositives = 0, orders = 0;
    for (const order of permutations([0, 1, 2, 3, 4, 5, 6])) {
      const top = [...order].sort((i, j) => scores[j] - scores[i]).slice(0, k);
      truePositives += top.filter((i) => churned[i]).length;
      orders++;
    }
    const counts = topKCounts(rankScores(scores), churned, k);
    expect(counts.truePositives).toBeCloseTo(truePositives / orders, 12);
    expect(counts.truePositives + counts.falsePositives).toBeCloseTo(k, 12);
    // The same customers listed in another order give the same counts.
    const reversed = topKCounts(rankScores([...scores].reverse()), [...churned].reverse(), k);
    expect(reversed.truePositives).toBeCloseTo(counts.truePositives, 12);
  });

  it('agree with a brute-force count on random scores with many ties, for every k', () => {
    const { scores, churned } = randomCase(150, 3);
    const ranking = rankScores(scores);
    const churners = churned.filter(Boolean).length;
    for (let k = 0; k <= scores.length; k += 7) {
      // Each customer is called by the share of the places left for its tie group: (k − above)/tied.
      let truePositives = 0;
      scores.forEach((s, i) => {
        const above = scores.filter((t) => t > s).length, tied = scores.filter((t) => t === s).length;
        if (churned[i]) truePositives += Math.min(1, Math.max(0, (k - above) / tied));
      });
      const counts = topKCounts(ranking, churned, k);
      expect(counts.truePositives, `k = ${k}`).toBeCloseTo(truePositives, 9);
      expect(counts.falseNegatives).toBeCloseTo(churners - truePositives, 9);
      if (k === 0) expect(precision(counts)).toBeNull();
      else expect(precision(counts)).toBeCloseTo(truePositives / k, 12);
      expect(recall(counts)).toBeCloseTo(truePositives / churners, 12);
    }
  });

  it('is null where undefined, and refuses a k outside 0 … n', () => {
    expect(precision(topKCounts(rankScores([0.2, 0.1]), [true, false], 0))).toBeNull();
    expect(recall(topKCounts(rankScores([0.2, 0.1]), [false, false], 1))).toBeNull();
    expect(() => topKCounts(rankScores([0.2, 0.1]), [true, false], 3)).toThrow(/invalid k/);
  });
});

function* permutations(items: number[]): Generator<number[]> {
  if (items.length <= 1) {
    yield items;
    return;
  }
  for (let i = 0; i < items.length; i++) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i], ...rest];
  }
}
