import { describe, expect, it } from 'vitest';
import { clusterInfo, clusterNameOf, clusterOfSegment, clusterSegmentId } from '../../../../src/model/segments/clusters/cluster-segments';

describe('clusters as segments', () => {
  it('name each cluster’s segment and read the cluster back', () => {
    expect(clusterSegmentId(3)).toBe('cluster-3');
    expect(clusterOfSegment('cluster-3')).toBe(3);
    expect(clusterOfSegment('cluster-10')).toBe(10);
    for (const other of ['cluster-0', 'cluster-', 'cluster-3.5', 'champion', 'cluster-100', ' cluster-1']) expect(clusterOfSegment(other), other).toBeNull();
    expect(() => clusterSegmentId(0)).toThrow('invalid cluster: 0');
  });

  it('label a cluster with its number and name, in a colour of its own', () => {
    const infos = Array.from({ length: 10 }, (_, index) => clusterInfo({ id: index + 1, name: 'recent, frequent, high spend' }));
    expect(infos[0]).toMatchObject({ id: 'cluster-1', label: '1 · recent, frequent, high spend' });
    expect(new Set(infos.map((info) => info.color)).size).toBe(10);
    expect(clusterNameOf(infos[0])).toBe('recent, frequent, high spend');
    expect(clusterNameOf({ id: 'champion', label: 'Champion' })).toBeNull();
  });
});
