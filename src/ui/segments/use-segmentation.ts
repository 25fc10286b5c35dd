import { useCallback, useMemo, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { clusterInfo, type ClusterSegmentId } from '../../model/segments/clusters/cluster-segments';
import { RFM_BUCKETS, rfmBucketInfo, type RfmBucketId } from '../../model/segments/rfm-segments';
import type { Segmentation, SegmentInfo } from '../../model/segments/segment-info';
import { TIERS, tierInfo, type TierId } from '../../model/segments/tiers';
import type { CustomerQuery } from '../../protocol/explore';
import type { CustomerRow, SegmentView } from '../../protocol/segments';
import type { ClustersState } from './clusters/use-clusters';
import type { RfmState } from './rfm/use-rfm';
import type { TreemapSegment } from './SegmentTreemap';
import { clusterSegments, rfmSegments, tierSegments } from './treemap-segments';

/** The segmentation on screen, in the shape every view of it shares (treemap, selected list, exports). */
export interface ShownSegmentation {
  kind: Segmentation;
  /** Names one segment of this segmentation: "tier", "RFM segment" or "cluster". */
  noun: string;
  /** The base of the treemap download's file name. */
  treemapFile: string;
  infos: readonly SegmentInfo[];
  segments: TreemapSegment[];
  /** Null while there is nothing to select (clusters not fitted yet). */
  selected: SegmentInfo | null;
  /** Customers in the selected segment. */
  selectedTotal: number;
  select(segment: string): void;
  /** Chooses the tier shown when the tiers are (the overview's actions switch to them first). */
  selectTier(tier: TierId): void;
  /** The selected segment's first `limit` customers, biggest spenders first; a new function means a new list. */
  selectedRows(limit: number): Promise<readonly CustomerRow[]>;
}

/** The four tiers, the named RFM segments or the clusters, whichever the user chose, as one ShownSegmentation. */
export function useSegmentation(engine: EngineClient, view: SegmentView, rfm: RfmState, clusters: ClustersState): ShownSegmentation {
  const [tier, setTier] = useState<TierId>('at_risk_whale');
  const [cluster, setCluster] = useState<ClusterSegmentId>('cluster-1');
  const kind = rfm.segmentation;
  const { summary } = clusters;
  const clusterInfos = useMemo(() => summary?.clusters.map(clusterInfo) ?? [], [summary]);
  const shownCluster = clusterInfos.find((info) => info.id === cluster) ?? clusterInfos[0] ?? null;
  const selectedId = kind === 'rfm' ? rfm.selected : kind === 'tiers' ? tier : (shownCluster?.id ?? null);
  const { params } = view;
  const { rules } = rfm;
  const selectedRows = useCallback(
    async (limit: number): Promise<readonly CustomerRow[]> => {
      if (selectedId === null || (kind === 'clusters' && summary === null)) return [];
      if (kind === 'tiers') return engine.customers(params, selectedId as TierId, limit, 0);
      const query: CustomerQuery = { segmentation: kind, segment: selectedId as CustomerQuery['segment'], search: '', sort: 'monetary', direction: 'desc', limit, offset: 0, countAll: false };
      return (await engine.customerPage(params, rules, query)).rows;
    },
    // The clusters' summary changes when the customers' clusters do (another k or date): a new list.
    [engine, kind, params, rules, selectedId, summary],
  );
  const segments = useMemo(
    () => (kind === 'rfm' ? rfmSegments(rfm.view) : kind === 'clusters' ? clusterSegments(summary) : tierSegments(view)),
    [kind, rfm.view, summary, view],
  );
  const setRfmSelected = rfm.setSelected;
  return useMemo(() => {
    const infos = kind === 'rfm' ? RFM_BUCKETS : kind === 'clusters' ? clusterInfos : TIERS;
    const selected = selectedId === null ? null : kind === 'rfm' ? rfmBucketInfo(selectedId as RfmBucketId) : kind === 'clusters' ? shownCluster : tierInfo(selectedId as TierId);
    return {
      kind,
      noun: kind === 'rfm' ? 'RFM segment' : kind === 'clusters' ? 'cluster' : 'tier',
      treemapFile: kind === 'rfm' ? 'treemap-rfm-segments' : `treemap-${kind}`,
      infos,
      segments,
      selected,
      selectedTotal: segments.find((segment) => segment.info.id === selectedId)?.customers ?? 0,
      select: (segment: string) =>
        kind === 'rfm' ? setRfmSelected(segment as RfmBucketId) : kind === 'clusters' ? setCluster(segment as ClusterSegmentId) : setTier(segment as TierId),
      selectTier: setTier,
      selectedRows,
    };
  }, [kind, clusterInfos, shownCluster, segments, selectedId, setRfmSelected, selectedRows]);
}
