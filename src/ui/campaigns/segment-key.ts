import { clusterLevelsOfName } from '../../model/campaigns/playbook/cluster-levels';
import { clusterKey, rfmKey, tierKey, type SegmentKey } from '../../model/campaigns/playbook/playbook';
import { isRfmBucketId } from '../../model/segments/rfm-segments';
import type { Segmentation } from '../../model/segments/segment-info';
import { isTierId } from '../../model/segments/tiers';

/** A segment on screen as the playbook keys it: `tier:champion`, `rfm:at_risk`. */
export function segmentKeyOf(segmentation: Segmentation, segment: string): SegmentKey {
  if (segmentation === 'tiers' && isTierId(segment)) return tierKey(segment);
  if (segmentation === 'rfm' && isRfmBucketId(segment)) return rfmKey(segment);
  throw new Error(`invalid ${segmentation} segment: ${segment}`);
}

/** A k-means cluster by its name ("recent, frequent, high spend"): the play of its archetype; null for a name the namer does not give. */
export function clusterSegmentKey(name: string): SegmentKey | null {
  const levels = clusterLevelsOfName(name);
  return levels ? clusterKey(levels) : null;
}
