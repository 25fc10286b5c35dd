import { describe, expect, it } from 'vitest';
import { clusterNames } from '../../../../src/model/segments/clusters/cluster-names';
import { seededRandom, standardNormal } from '../../../../src/model/shared/random';

describe('cluster names', () => {
  it('say recency, frequency and spend in shop words', () => {
    const centroids = Float64Array.from([-1.2, 1.1, 0.9, 1.4, -0.8, -1, 0.1, 0.2, -0.3]);
    expect(clusterNames(centroids, [6, 1, 3])).toEqual(['recent, frequent, high spend', 'lapsed, one-off, low spend', 'cooling, occasional, mid spend']);
  });

  it('call a cluster one-off by its median customer, and low frequency infrequent otherwise', () => {
    const centroids = Float64Array.from([0, -0.9, 0, 0, -0.9, 0.6]);
    expect(clusterNames(centroids, [1, 2])).toEqual(['cooling, one-off, mid spend', 'cooling, infrequent, high spend']);
  });

  it('tell clusters that share a name apart by the measure that parts them most', () => {
    const twins = Float64Array.from([1.0, -1, -1, 1.9, -1.1, -1]);
    expect(clusterNames(twins, [1, 1])).toEqual(['lapsed, one-off, low spend · more recent', 'lapsed, one-off, low spend · less recent']);
    const triplets = Float64Array.from([0.8, 1, -1, 1.6, 0.9, -1, 1.2, 1.1, -1.2]);
    expect(clusterNames(triplets, [1, 1, 1].map(() => 5))).toEqual([
      'lapsed, frequent, low spend · most recent',
      'lapsed, frequent, low spend · least recent',
      'lapsed, frequent, low spend · 2nd most recent',
    ]);
    const spenders = Float64Array.from([-1, 1, 0.6, -1, 1, 2.5]);
    expect(clusterNames(spenders, [4, 4])).toEqual(['recent, frequent, high spend · lower spend', 'recent, frequent, high spend · higher spend']);
  });

  it('are always distinct, however the centroids fall', () => {
    const random = seededRandom(12);
    for (let trial = 0; trial < 200; trial++) {
      const centroids = Float64Array.from({ length: 30 }, () => 0.6 * standardNormal(random));
      const names = clusterNames(centroids, Array.from({ length: 10 }, () => 1 + Math.floor(random() * 3)));
      expect(new Set(names).size, names.join(' | ')).toBe(10);
    }
  });
});
