/**
 * A k-means cluster's name (segments/clusters/cluster-names.ts: "recent, frequent, high spend", with
 * " · more recent" when two clusters share the words) read as the playbook's ClusterLevels, so the
 * cluster gets the play of its archetype. The namer has its own words: a "cooling" cluster is a
 * lapsing one here, and an "infrequent" one (more than one order, fewer than most) an occasional one.
 */
import type { ClusterLevels, FrequencyLevel, RecencyLevel, SpendLevel } from './cluster-plays';

const RECENCY: Record<string, RecencyLevel> = { recent: 'recent', cooling: 'lapsing', lapsed: 'lapsed' };
const FREQUENCY: Record<string, FrequencyLevel> = { frequent: 'frequent', occasional: 'occasional', infrequent: 'occasional', 'one-off': 'one_off' };
const SPEND: Record<string, SpendLevel> = { 'high spend': 'high', 'mid spend': 'medium', 'low spend': 'low' };

/** The levels a cluster's name states, or null for a name the namer does not give. */
export function clusterLevelsOfName(name: string): ClusterLevels | null {
  const [words] = name.split(' · ');
  const [recency, frequency, spend, ...rest] = words.split(',').map((word) => word.trim());
  const levels = { recency: RECENCY[recency], frequency: FREQUENCY[frequency], spend: SPEND[spend] };
  return rest.length === 0 && levels.recency && levels.frequency && levels.spend ? levels : null;
}
