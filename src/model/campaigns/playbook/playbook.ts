/**
 * The playbook: a recommended play for every segment of every segmentation (the four tiers, the named
 * RFM segments including "others", and each cluster archetype). Segments are keyed `tier:champion`,
 * `rfm:at_risk`, `cluster:recent-frequent-high`, so the owner can edit the play of one segment without
 * touching another segment that starts from the same built-in play.
 */
import { RFM_BUCKET_IDS, isRfmBucketId, type RfmBucketId } from '../../segments/rfm-segments';
import { TIER_IDS, isTierId, type TierId } from '../../segments/tiers';
import { clusterArchetype, clusterArchetypes, clusterPlayId, parseClusterArchetype, type ClusterArchetype, type ClusterLevels } from './cluster-plays';
import { builtInPlay } from './play-library';
import type { Play, PlayId } from './play';

export type SegmentKey = `tier:${TierId}` | `rfm:${RfmBucketId}` | `cluster:${ClusterArchetype}`;

const TIER_PLAYS: Record<TierId, PlayId> = {
  champion: 'vip_early_access',
  at_risk_whale: 'personal_win_back',
  average: 'grow_the_basket',
  hibernating: 'one_last_reactivation',
};

const RFM_PLAYS: Record<RfmBucketId, PlayId> = {
  champions: 'vip_early_access',
  loyal_customers: 'reward_loyalty',
  potential_loyalist: 'loyalty_invite',
  new_customers: 'welcome',
  promising: 'second_order_nudge',
  need_attention: 'timely_reminder',
  about_to_sleep: 'wake_before_sleep',
  at_risk: 'personal_win_back',
  cant_lose_them: 'owner_win_back',
  hibernating: 'one_last_reactivation',
  lost: 'let_go',
  others: 'newsletter_only',
};

export const tierKey = (id: TierId): SegmentKey => `tier:${id}`;
export const rfmKey = (id: RfmBucketId): SegmentKey => `rfm:${id}`;
export const clusterKey = (levels: ClusterLevels): SegmentKey => `cluster:${clusterArchetype(levels)}`;

/** Every segment the playbook has a play for: tiers, then RFM segments, then cluster archetypes. */
export const PLAYBOOK_KEYS: readonly SegmentKey[] = [
  ...TIER_IDS.map(tierKey),
  ...RFM_BUCKET_IDS.map(rfmKey),
  ...clusterArchetypes().map((archetype): SegmentKey => `cluster:${archetype}`),
];

export function isSegmentKey(value: unknown): value is SegmentKey {
  return typeof value === 'string' && defaultPlayIdOrNull(value) !== null;
}

function defaultPlayIdOrNull(key: string): PlayId | null {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'tier' && isTierId(id)) return TIER_PLAYS[id];
  if (kind === 'rfm' && isRfmBucketId(id)) return RFM_PLAYS[id];
  const levels = kind === 'cluster' ? parseClusterArchetype(id) : null;
  return levels ? clusterPlayId(levels) : null;
}

/** The built-in play a segment starts from. */
export function defaultPlayId(key: SegmentKey): PlayId {
  const id = defaultPlayIdOrNull(key);
  if (id === null) throw new Error(`invalid segment: ${key}`);
  return id;
}

export function defaultPlay(key: SegmentKey): Play {
  return builtInPlay(defaultPlayId(key));
}
