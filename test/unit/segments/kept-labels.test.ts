import { describe, expect, it } from 'vitest';
import { betterFit, type StartsFit } from '../../../src/model/segments/clusters/kmeans';
import { KeptLabels, withoutLabels } from '../../../src/engine/segments/kept-labels';

function startFit(k: number, start: number, inertia: number): StartsFit {
  return { k, start, inertia, centroids: new Float64Array(3 * k), labels: Int32Array.of(start, start), iterations: 1, converged: true, relocations: 0 };
}

describe('labels kept by a cluster worker', () => {
  it('keeps the best start of each range, ties to the earlier start, and hands it out once', () => {
    const kept = new KeptLabels<StartsFit>();
    for (const [start, inertia] of [[5, 9], [6, 4], [7, 4], [8, 7]]) kept.offer(3, 5, startFit(3, start, inertia), betterFit);
    for (const [start, inertia] of [[0, 2], [1, 8]]) kept.offer(3, 0, startFit(3, start, inertia), betterFit);
    expect(Array.from(kept.take(3, 5, 6).labels)).toEqual([6, 6]);
    expect(Array.from(kept.take(3, 0, 0).labels)).toEqual([0, 0]);
    expect(() => kept.take(3, 5, 6)).toThrow(/no labels kept/);
  });

  it('forgets the last k when the next one starts, and refuses a start it did not keep', () => {
    const kept = new KeptLabels<StartsFit>();
    kept.offer(2, 0, startFit(2, 1, 3), betterFit);
    kept.offer(3, 0, startFit(3, 2, 5), betterFit);
    expect(() => kept.take(2, 0, 1)).toThrow(/k = 2/);
    expect(() => kept.take(3, 0, 1)).toThrow(/start 1/);
    expect(kept.take(3, 0, 2).inertia).toBe(5);
  });

  it('sends everything of a fit but its labels', () => {
    const one = startFit(4, 2, 1.5);
    expect(withoutLabels(one)).toEqual({ k: 4, start: 2, inertia: 1.5, centroids: one.centroids, iterations: 1, converged: true, relocations: 0 });
  });
});
