import { describe, expect, it } from 'vitest';
import { clusterMedians, numberClusters } from '../../../../src/model/segments/clusters/cluster-profiles';

describe('cluster profiles', () => {
  // Cluster 0: customers 0, 3; cluster 1: 1, 4, 5; cluster 2: 2.
  const labels = Int32Array.from([0, 1, 2, 0, 1, 1]);
  const measures = {
    recencyDays: [10, 200, 5, 30, 100, 400],
    frequency: [4, 1, 9, 6, 1, 2],
    monetaryCents: [1_010, 20, 70_000, 2_020, 10, 30],
  };

  it('number the clusters from 1 by revenue, largest first, and describe each', () => {
    const { profiles, customerClusters } = numberClusters(labels, ['a', 'b', 'c'], measures);
    expect(profiles).toEqual([
      { id: 1, name: 'c', customers: 1, revenue: 700, medianRecencyDays: 5, medianFrequency: 9, medianMonetary: 700 },
      { id: 2, name: 'a', customers: 2, revenue: 30.3, medianRecencyDays: 20, medianFrequency: 5, medianMonetary: 15.15 },
      { id: 3, name: 'b', customers: 3, revenue: 0.6, medianRecencyDays: 200, medianFrequency: 1, medianMonetary: 0.2 },
    ]);
    expect(Array.from(customerClusters)).toEqual([2, 3, 1, 2, 3, 3]);
  });

  it('add revenue in whole cents, so it is exact', () => {
    // 0.10 + 0.20 in currency units is 0.30000000000000004; in cents it is 30.
    const { profiles } = numberClusters(Int32Array.from([0, 0]), ['only'], { recencyDays: [1, 2], frequency: [1, 1], monetaryCents: [10, 20] });
    expect(profiles[0].revenue).toBe(0.3);
  });

  it('break a revenue tie by size, then by the fit’s order', () => {
    const tied = numberClusters(Int32Array.from([0, 1, 1, 2]), ['x', 'y', 'z'], { recencyDays: [1, 1, 1, 1], frequency: [1, 1, 1, 1], monetaryCents: [100, 50, 50, 100] });
    expect(tied.profiles.map((profile) => profile.name)).toEqual(['y', 'x', 'z']);
  });

  it('take the median as the middle value, or the mean of the middle two', () => {
    expect(clusterMedians(Int32Array.from([0, 0, 0, 1, 1, 1, 1]), 3, [3, 1, 2, 40, 10, 30, 20])).toEqual([2, 25, Number.NaN]);
  });
});
