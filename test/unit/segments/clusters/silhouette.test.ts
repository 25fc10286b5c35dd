import { describe, expect, it } from 'vitest';
import { meanSilhouette, sampleRows } from '../../../../src/model/segments/clusters/silhouette';
import { seededRandom } from '../../../../src/model/shared/random';
import { gaussianBlobs, rows } from '../../../support/independent-kmeans';

/** Rousseeuw's definition, straight: every pair of points, distances recomputed for each point. */
function directSilhouette(points: number[][], labels: number[]): number {
  const distance = (a: number[], b: number[]) => Math.hypot(...a.map((value, d) => value - b[d]));
  const clusters = [...new Set(labels)];
  const scores = points.map((point, i) => {
    const meanTo = (cluster: number) => {
      const others = points.filter((_, j) => labels[j] === cluster && j !== i);
      return others.reduce((sum, other) => sum + distance(point, other), 0) / others.length;
    };
    if (labels.filter((label) => label === labels[i]).length === 1) return 0;
    const a = meanTo(labels[i]);
    const b = Math.min(...clusters.filter((cluster) => cluster !== labels[i]).map(meanTo));
    return (b - a) / Math.max(a, b);
  });
  return scores.reduce((sum, score) => sum + score, 0) / scores.length;
}

function randomLabels(count: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  return Int32Array.from({ length: count }, () => Math.floor(random() * k));
}

describe('mean silhouette', () => {
  it('matches a direct computation on every pair of points', () => {
    const { points, blob } = gaussianBlobs([[0, 0, 0], [3, 0, 0], [0, 3, 1]], 100, 1, 2);
    expect(meanSilhouette(points, Int32Array.from(blob), 3, { seed: 1 })).toBeCloseTo(directSilhouette(rows(points), blob), 12);
    const mixed = randomLabels(300, 4, 5);
    expect(meanSilhouette(points, mixed, 4, { seed: 1 })).toBeCloseTo(directSilhouette(rows(points), Array.from(mixed)), 12);
  });

  it('is worked out by hand for two pairs on a line', () => {
    // 0 and 1 against 10 and 12: point 0 has a = 1, b = 11, s = 10/11; point 1: a = 1, b = 10, s = 9/10;
    // point 10: a = 2, b = 9.5, s = 7.5/9.5; point 12: a = 2, b = 11.5, s = 9.5/11.5.
    const points = Float64Array.from([0, 0, 0, 1, 0, 0, 10, 0, 0, 12, 0, 0]);
    const expected = (10 / 11 + 9 / 10 + 7.5 / 9.5 + 9.5 / 11.5) / 4;
    expect(meanSilhouette(points, Int32Array.from([0, 0, 1, 1]), 2, { seed: 1 })).toBeCloseTo(expected, 14);
  });

  it('scores a point alone in its cluster 0, and is NaN with a single cluster', () => {
    const points = Float64Array.from([0, 0, 0, 1, 0, 0, 10, 0, 0]);
    // Point 0: a = 1, b = 10 → 0.9; point 1: a = 1, b = 9 → 8/9; point 10 alone → 0.
    expect(meanSilhouette(points, Int32Array.from([0, 0, 1]), 2, { seed: 1 })).toBeCloseTo((0.9 + 8 / 9) / 3, 14);
    expect(meanSilhouette(points, Int32Array.from([1, 1, 1]), 2, { seed: 1 })).toBeNaN();
  });

  it('above the sample size, is the direct silhouette of a seeded sample of distinct customers', () => {
    const { points } = gaussianBlobs([[0, 0, 0], [2, 2, 0]], 600, 1, 8);
    const labels = randomLabels(1_200, 3, 4);
    const sample = sampleRows(1_200, 250, 17);
    expect(new Set(sample).size).toBe(250);
    expect(Array.from(sampleRows(1_200, 250, 17))).toEqual(Array.from(sample));
    const all = rows(points);
    const direct = directSilhouette(Array.from(sample, (row) => all[row]), Array.from(sample, (row) => labels[row]));
    expect(meanSilhouette(points, labels, 3, { sampleSize: 250, seed: 17 })).toBeCloseTo(direct, 12);
  });

  it('uses every customer up to the sample size', () => {
    expect(Array.from(sampleRows(4, 5_000, 1))).toEqual([0, 1, 2, 3]);
  });
});
