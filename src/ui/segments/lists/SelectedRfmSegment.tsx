import { useCallback } from 'react';
import type { SegmentParams } from '../../../protocol/segments';
import type { EngineClient } from '../../../engine/client';
import type { RfmView } from '../../../model/segments/rfm-totals';
import { rfmBucketInfo, type RfmBucketId, type RfmRules } from '../../../model/segments/rfm-segments';
import { SelectedSegment } from './SelectedSegment';

interface Props {
  engine: EngineClient;
  params: SegmentParams;
  rules: RfmRules;
  view: RfmView | null;
  segment: RfmBucketId;
}

/** The selected named segment's customers (see SelectedSegment), paged through the explorer's query. */
export function SelectedRfmSegment({ engine, params, rules, view, segment }: Props) {
  const loadRows = useCallback(
    async (limit: number) => {
      const query = { segmentation: 'rfm' as const, segment, search: '', sort: 'monetary' as const, direction: 'desc' as const, limit, offset: 0, countAll: false };
      return (await engine.customerPage(params, rules, query)).rows;
    },
    [engine, params, rules, segment],
  );
  const info = rfmBucketInfo(segment);
  const total = view?.totals.find((row) => row.segment === segment)?.customers ?? 0;
  return <SelectedSegment segment={segment} label={info.label} description={info.description} total={total} kind="segment" loadRows={loadRows} />;
}
