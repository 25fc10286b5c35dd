import { useCallback, useMemo, useState } from 'react';
import type { EngineClient } from '../../engine/client';
import { RFM_BUCKETS, rfmBucketInfo, type RfmBucketId } from '../../model/segments/rfm-segments';
import type { Segmentation, SegmentInfo } from '../../model/segments/segment-info';
import { TIERS, tierInfo, type TierId } from '../../model/segments/tiers';
import type { CustomerRow, SegmentView } from '../../protocol/segments';
import type { RfmState } from './rfm/use-rfm';
import type { TreemapSegment } from './SegmentTreemap';
import { rfmSegments, tierSegments } from './treemap-segments';

/** The segmentation on screen, in the shape every view of it shares (treemap, selected list, exports). */
export interface ShownSegmentation {
  kind: Segmentation;
  /** Names one segment of this segmentation: "tier" or "RFM segment". */
  noun: string;
  /** The base of the treemap download's file name. */
  treemapFile: string;
  infos: readonly SegmentInfo[];
  segments: TreemapSegment[];
  selected: SegmentInfo;
  /** Customers in the selected segment. */
  selectedTotal: number;
  select(segment: string): void;
  /** The selected segment's first `limit` customers, biggest spenders first; a new function means a new list. */
  selectedRows(limit: number): Promise<readonly CustomerRow[]>;
}

/** The four tiers or the named RFM segments, whichever the user chose, as one ShownSegmentation. */
export function useSegmentation(engine: EngineClient, view: SegmentView, rfm: RfmState): ShownSegmentation {
  const [tier, setTier] = useState<TierId>('at_risk_whale');
  const byRfm = rfm.segmentation === 'rfm';
  const selected = byRfm ? rfm.selected : tier;
  const { params } = view;
  const { rules } = rfm;
  const selectedRows = useCallback(
    async (limit: number): Promise<readonly CustomerRow[]> => {
      if (!byRfm) return engine.customers(params, selected as TierId, limit, 0);
      const query = { segmentation: 'rfm' as const, segment: selected, search: '', sort: 'monetary' as const, direction: 'desc' as const, limit, offset: 0, countAll: false };
      return (await engine.customerPage(params, rules, query)).rows;
    },
    [engine, byRfm, params, rules, selected],
  );
  const segments = useMemo(() => (byRfm ? rfmSegments(rfm.view) : tierSegments(view)), [byRfm, rfm.view, view]);
  const setRfmSelected = rfm.setSelected;
  return useMemo(
    () => ({
      kind: rfm.segmentation,
      noun: byRfm ? 'RFM segment' : 'tier',
      treemapFile: byRfm ? 'treemap-rfm-segments' : 'treemap-tiers',
      infos: byRfm ? RFM_BUCKETS : TIERS,
      segments,
      selected: byRfm ? rfmBucketInfo(selected as RfmBucketId) : tierInfo(selected as TierId),
      selectedTotal: segments.find((segment) => segment.info.id === selected)?.customers ?? 0,
      select: (segment: string) => (byRfm ? setRfmSelected(segment as RfmBucketId) : setTier(segment as TierId)),
      selectedRows,
    }),
    [rfm.segmentation, byRfm, segments, selected, setRfmSelected, selectedRows],
  );
}
