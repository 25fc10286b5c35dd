import type { SegmentView } from '../../protocol/segments';
import type { ClusterSummary } from '../../protocol/clusters';
import type { RfmView } from '../../model/segments/rfm-totals';
import { clusterInfo } from '../../model/segments/clusters/cluster-segments';
import { RFM_BUCKETS } from '../../model/segments/rfm-segments';
import { tierInfo } from '../../model/segments/tiers';
import type { TreemapSegment } from './SegmentTreemap';

export function tierSegments(view: SegmentView): TreemapSegment[] {
  return view.totals.map((row) => ({ info: tierInfo(row.segment), customers: row.customers, revenue: row.revenue }));
}

/** Every named segment and Others, with zero until the totals arrive. */
export function rfmSegments(view: RfmView | null): TreemapSegment[] {
  return RFM_BUCKETS.map((info) => {
    const row = view?.totals.find((candidate) => candidate.segment === info.id);
    return { info, customers: row?.customers ?? 0, revenue: row?.revenue ?? 0 };
  });
}

/** Each cluster, by revenue; none until the clusters are fitted. */
export function clusterSegments(summary: ClusterSummary | null): TreemapSegment[] {
  return (summary?.clusters ?? []).map((cluster) => ({ info: clusterInfo(cluster), customers: cluster.customers, revenue: cluster.revenue }));
}
