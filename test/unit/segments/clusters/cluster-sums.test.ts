import { describe, expect, it } from 'vitest';
import { addUpAfresh, centroidError, clusterSums, movePoint } from '../../../../src/model/segments/clusters/cluster-sums';
import { seededRandom } from '../../../../src/model/shared/random';

const K = 4;

/** Points of very different sizes, so that adding them up in another order rounds differently. */
function unevenPoints(count: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: count * 3 }, () => (random() - 0.5) * 10 ** Math.floor(random() * 6 - 2));
}

function means({ sums, sizes }: { sums: Float64Array; sizes: Int32Array }): number[][] {
  return Array.from(sizes, (size, c) => [0, 1, 2].map((d) => sums[c * 3 + d] / size));
}

describe('cluster sums moved point by point', () => {
  it('are plain Lloyd’s, with no error, right after being added up afresh in point order', () => {
    const points = Float64Array.from([1, 2, 3, 0.1, 0.2, 0.3, 5, 5, 5, 0.7, 0.1, 0.9]);
    const labels = Int32Array.from([0, 1, 0, 1]);
    const state = clusterSums(points, 2);
    addUpAfresh(state, points, labels);
    expect(Array.from(state.sizes)).toEqual([2, 2]);
    expect(Array.from(state.sums)).toEqual([1 + 5, 2 + 5, 3 + 5, 0.1 + 0.7, 0.2 + 0.1, 0.3 + 0.9]);
    expect(centroidError(state)).toBe(0);
  });

  it('stay within their error bound of the sums added up afresh, through thousands of moves', () => {
    const points = unevenPoints(3_000, 9);
    const random = seededRandom(10);
    const labels = Int32Array.from({ length: 3_000 }, () => Math.floor(random() * K));
    const moved = clusterSums(points, K);
    addUpAfresh(moved, points, labels);
    let differed = false;
    for (let round = 0; round < 20; round++) {
      for (let step = 0; step < 500; step++) {
        const i = Math.floor(random() * labels.length);
        const to = Math.floor(random() * K);
        if (to === labels[i]) continue;
        movePoint(moved, points, i, labels[i], to);
        labels[i] = to;
      }
      const afresh = clusterSums(points, K);
      addUpAfresh(afresh, points, labels);
      expect(Array.from(moved.sizes)).toEqual(Array.from(afresh.sizes));
      const bound = centroidError(moved);
      means(moved).forEach((mean, c) => {
        const exact = means(afresh)[c];
        const distance = Math.hypot(mean[0] - exact[0], mean[1] - exact[1], mean[2] - exact[2]);
        differed ||= distance > 0;
        expect(distance).toBeLessThanOrEqual(bound);
      });
    }
    expect(differed, 'the moves rounded differently somewhere, so the bound was put to the test').toBe(true);
  });
});
