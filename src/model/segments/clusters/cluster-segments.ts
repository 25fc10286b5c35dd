/**
 * Clusters as segments of their own, beside the tiers and the named RFM segments: a segment id per
 * cluster (`cluster-3`), its label and colour for the summary, treemap, lists and exports.
 */
import type { SegmentInfo } from '../segment-info';
import type { ClusterProfile } from './cluster-profiles';

export type ClusterSegmentId = `cluster-${number}`;

/** Ten colours for up to ten clusters, in id order (by revenue), told apart without relying on red/green. */
const CLUSTER_COLORS = ['#3a6ea5', '#e07b39', '#2e7d4f', '#8e5ea2', '#c0392b', '#17a2b8', '#b8860b', '#6c757d', '#d63384', '#20507a'];

export function clusterSegmentId(cluster: number): ClusterSegmentId {
  if (!Number.isInteger(cluster) || cluster < 1) throw new Error(`invalid cluster: ${cluster}`);
  return `cluster-${cluster}`;
}

/** The cluster id of `cluster-3` (3); null for anything that is not a cluster's segment id. */
export function clusterOfSegment(segment: string): number | null {
  const match = /^cluster-([1-9]\d?)$/.exec(segment);
  return match ? Number(match[1]) : null;
}

/** The name a cluster's segment was labelled with by clusterInfo ("recent, frequent, high spend"); null for any other segment. */
export function clusterNameOf({ id, label }: Pick<SegmentInfo, 'id' | 'label'>): string | null {
  const cluster = clusterOfSegment(id);
  const prefix = `${cluster} · `;
  return cluster !== null && label.startsWith(prefix) ? label.slice(prefix.length) : null;
}

export function clusterInfo({ id, name }: Pick<ClusterProfile, 'id' | 'name'>): SegmentInfo {
  return {
    id: clusterSegmentId(id),
    label: `${id} · ${name}`,
    description: `Cluster ${id}: customers alike in recency, frequency and spend (${name})`,
    color: CLUSTER_COLORS[(id - 1) % CLUSTER_COLORS.length],
  };
}
