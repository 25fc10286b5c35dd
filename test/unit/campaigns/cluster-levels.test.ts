import { describe, expect, it } from 'vitest';
import { clusterLevelsOfName } from '../../../src/model/campaigns/playbook/cluster-levels';
import { clusterKey, defaultPlayId } from '../../../src/model/campaigns/playbook/playbook';
import { clusterNames } from '../../../src/model/segments/clusters/cluster-names';

describe('cluster names as playbook levels', () => {
  it('reads the namer’s words, its qualifiers and its one-off, into the playbook’s levels', () => {
    expect(clusterLevelsOfName('recent, frequent, high spend')).toEqual({ recency: 'recent', frequency: 'frequent', spend: 'high' });
    expect(clusterLevelsOfName('cooling, infrequent, mid spend · more recent')).toEqual({ recency: 'lapsing', frequency: 'occasional', spend: 'medium' });
    expect(clusterLevelsOfName('lapsed, one-off, low spend')).toEqual({ recency: 'lapsed', frequency: 'one_off', spend: 'low' });
    expect(clusterLevelsOfName('lapsed, one-off')).toBeNull();
    expect(clusterLevelsOfName('Champions')).toBeNull();
  });

  it('gives every name the namer can give a play', () => {
    // Centroids in standard deviations: each of R, F, M low, middle or high; medians of one and two invoices.
    const levels = [-1, 0, 1];
    for (const r of levels)
      for (const f of levels)
        for (const m of levels)
          for (const medianFrequency of [1, 2]) {
            const [name] = clusterNames(Float64Array.of(r, f, m), [medianFrequency]);
            const found = clusterLevelsOfName(name);
            expect(found, name).not.toBeNull();
            expect(defaultPlayId(clusterKey(found!)), name).toBeTruthy();
          }
    // A lapsed big spender who bought often gets the owner's own win-back.
    expect(defaultPlayId(clusterKey(clusterLevelsOfName('lapsed, frequent, high spend')!))).toBe('owner_win_back');
  });
});
