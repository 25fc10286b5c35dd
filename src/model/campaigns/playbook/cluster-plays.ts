/**
 * A play for a k-means cluster. Clusters are named from their centroid in three words (how recent, how
 * frequent, how much spent, e.g. "recent, frequent, high spend"); those three levels, not the cluster's
 * number, pick the play, so the same kind of customer gets the same play whatever the fit.
 */
import type { PlayId } from './play';

export type RecencyLevel = 'recent' | 'lapsing' | 'lapsed';
export type FrequencyLevel = 'frequent' | 'occasional' | 'one_off';
export type SpendLevel = 'high' | 'medium' | 'low';

export interface ClusterLevels {
  recency: RecencyLevel;
  frequency: FrequencyLevel;
  spend: SpendLevel;
}

export const RECENCY_LEVELS: readonly RecencyLevel[] = ['recent', 'lapsing', 'lapsed'];
export const FREQUENCY_LEVELS: readonly FrequencyLevel[] = ['frequent', 'occasional', 'one_off'];
export const SPEND_LEVELS: readonly SpendLevel[] = ['high', 'medium', 'low'];

/** A cluster archetype as a key: `recent-frequent-high`. */
export type ClusterArchetype = `${RecencyLevel}-${FrequencyLevel}-${SpendLevel}`;

export function clusterArchetype({ recency, frequency, spend }: ClusterLevels): ClusterArchetype {
  return `${recency}-${frequency}-${spend}`;
}

/** Every archetype, recency-major, for the playbook's list of editable plays. */
export function clusterArchetypes(): ClusterArchetype[] {
  return RECENCY_LEVELS.flatMap((recency) =>
    FREQUENCY_LEVELS.flatMap((frequency) => SPEND_LEVELS.map((spend) => clusterArchetype({ recency, frequency, spend }))),
  );
}

export function parseClusterArchetype(key: string): ClusterLevels | null {
  const [recency, frequency, spend, ...rest] = key.split('-');
  const levels = { recency, frequency, spend } as ClusterLevels;
  const valid =
    rest.length === 0 &&
    RECENCY_LEVELS.includes(levels.recency) &&
    FREQUENCY_LEVELS.includes(levels.frequency) &&
    SPEND_LEVELS.includes(levels.spend);
  return valid ? levels : null;
}

/** The play for a cluster's centroid levels: spend and recency first, as the tiers do, then frequency. */
export function clusterPlayId({ recency, frequency, spend }: ClusterLevels): PlayId {
  if (recency === 'recent') {
    if (spend === 'high') return 'vip_early_access';
    if (frequency === 'frequent') return 'reward_loyalty';
    return frequency === 'one_off' ? 'welcome' : 'grow_the_basket';
  }
  if (recency === 'lapsing') {
    if (spend === 'high') return 'personal_win_back';
    return frequency === 'frequent' ? 'timely_reminder' : 'wake_before_sleep';
  }
  if (spend === 'high') return frequency === 'frequent' ? 'owner_win_back' : 'personal_win_back';
  return frequency === 'one_off' && spend === 'low' ? 'let_go' : 'one_last_reactivation';
}
