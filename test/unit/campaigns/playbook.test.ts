import { describe, expect, it } from 'vitest';
import { RFM_BUCKET_IDS } from '../../../src/model/segments/rfm-segments';
import { TIER_IDS } from '../../../src/model/segments/tiers';
import { clusterArchetypes, clusterPlayId, parseClusterArchetype, type ClusterLevels } from '../../../src/model/campaigns/playbook/cluster-plays';
import { PLAY_IDS, builtInPlay } from '../../../src/model/campaigns/playbook/play-library';
import { CHANNELS, OFFER_LEVELS } from '../../../src/model/campaigns/playbook/play';
import { PLAYBOOK_KEYS, clusterKey, defaultPlay, defaultPlayId, isSegmentKey, rfmKey, tierKey } from '../../../src/model/campaigns/playbook/playbook';

const TEXT_FIELDS = ['name', 'goal', 'send', 'timing', 'why'] as const;

describe('the playbook', () => {
  it('has a play for every tier, every named RFM segment and others, and every cluster archetype', () => {
    expect(PLAYBOOK_KEYS).toHaveLength(TIER_IDS.length + RFM_BUCKET_IDS.length + 27);
    expect(new Set(PLAYBOOK_KEYS).size).toBe(PLAYBOOK_KEYS.length);
    for (const id of TIER_IDS) expect(PLAYBOOK_KEYS).toContain(`tier:${id}`);
    for (const id of RFM_BUCKET_IDS) expect(PLAYBOOK_KEYS).toContain(`rfm:${id}`);
    for (const key of PLAYBOOK_KEYS) expect(PLAY_IDS).toContain(defaultPlayId(key));
  });

  it('writes every play in full, short and typed', () => {
    for (const id of PLAY_IDS) {
      const play = builtInPlay(id);
      for (const field of TEXT_FIELDS) {
        expect(play[field].trim().length, `${id}.${field}`).toBeGreaterThan(0);
        expect(play[field].length, `${id}.${field}`).toBeLessThanOrEqual(field === 'name' ? 32 : 220);
      }
      expect(play.offer.detail.length).toBeGreaterThan(0);
      expect(OFFER_LEVELS).toContain(play.offer.level);
      expect(CHANNELS).toContain(play.channel);
      expect(play.name).not.toMatch(/,/);
      if (play.offer.neverDiscount) expect(play.offer.level).toBe('none');
    }
  });

  it('uses every built-in play for some segment', () => {
    const used = new Set(PLAYBOOK_KEYS.map(defaultPlayId));
    expect([...used].sort()).toEqual([...PLAY_IDS].sort());
  });

  it('protects the margin on champions and wins back whales personally', () => {
    for (const key of [tierKey('champion'), rfmKey('champions')]) {
      const play = defaultPlay(key);
      expect(play.offer).toMatchObject({ level: 'none', neverDiscount: true });
      expect(play.offer.detail).toMatch(/never discount/i);
    }
    const whale = defaultPlay(tierKey('at_risk_whale'));
    expect(whale.channel).toBe('personal_email');
    expect(whale.goal).toMatch(/revenue leak/i);
    expect(defaultPlay(rfmKey('cant_lose_them')).offer.level).toBe('strong');
  });

  it('gives hibernating customers one low-cost try, then lets them go', () => {
    for (const key of [tierKey('hibernating'), rfmKey('hibernating')]) {
      const play = defaultPlay(key);
      expect(play.offer.level).toBe('small');
      expect(play.timing).toMatch(/^Once\./);
      expect(play.timing).toMatch(/stop/i);
    }
    expect(defaultPlay(rfmKey('lost')).offer.level).toBe('none');
    expect(defaultPlay(rfmKey('others')).channel).toBe('newsletter');
  });

  it('hands out copies, so a caller cannot change the library', () => {
    const play = defaultPlay(tierKey('champion'));
    play.goal = 'changed';
    play.offer.level = 'strong';
    expect(defaultPlay(tierKey('champion')).goal).not.toBe('changed');
    expect(defaultPlay(tierKey('champion')).offer.level).toBe('none');
  });

  it('rejects unknown segments', () => {
    expect(isSegmentKey('tier:champion')).toBe(true);
    expect(isSegmentKey('cluster:recent-frequent-high')).toBe(true);
    for (const key of ['tier:whale', 'rfm:', 'champion', 'cluster:recent-frequent', 'cluster:recent-frequent-high-x', 42]) {
      expect(isSegmentKey(key)).toBe(false);
    }
    expect(() => defaultPlayId('tier:whale' as never)).toThrow('invalid segment: tier:whale');
  });
});

describe('plays for clusters', () => {
  const levels = (recency: string, frequency: string, spend: string) => ({ recency, frequency, spend }) as ClusterLevels;

  it('picks the play from the centroid words', () => {
    expect(clusterPlayId(levels('recent', 'frequent', 'high'))).toBe('vip_early_access');
    expect(clusterPlayId(levels('recent', 'frequent', 'medium'))).toBe('reward_loyalty');
    expect(clusterPlayId(levels('recent', 'one_off', 'low'))).toBe('welcome');
    expect(clusterPlayId(levels('lapsing', 'occasional', 'high'))).toBe('personal_win_back');
    expect(clusterPlayId(levels('lapsing', 'occasional', 'medium'))).toBe('wake_before_sleep');
    expect(clusterPlayId(levels('lapsed', 'frequent', 'high'))).toBe('owner_win_back');
    expect(clusterPlayId(levels('lapsed', 'one_off', 'low'))).toBe('let_go');
    expect(clusterPlayId(levels('lapsed', 'occasional', 'low'))).toBe('one_last_reactivation');
  });

  it('agrees with the tiers at the corners of the 2×2', () => {
    for (const archetype of clusterArchetypes()) {
      const cluster = parseClusterArchetype(archetype)!;
      const play = clusterPlayId(cluster);
      if (cluster.recency === 'recent' && cluster.spend === 'high') expect(play).toBe(defaultPlayId(tierKey('champion')));
      if (cluster.recency !== 'recent' && cluster.spend === 'high') expect(play).toMatch(/win_back/);
      if (cluster.recency === 'recent') expect(play).not.toMatch(/win_back|let_go|reactivation/);
      if (cluster.spend !== 'high') expect(play).not.toBe('owner_win_back');
    }
  });

  it('keys each archetype once and reads it back', () => {
    const archetypes = clusterArchetypes();
    expect(new Set(archetypes).size).toBe(27);
    for (const archetype of archetypes) expect(clusterKey(parseClusterArchetype(archetype)!)).toBe(`cluster:${archetype}`);
    expect(parseClusterArchetype('recent-often-high')).toBeNull();
  });
});
