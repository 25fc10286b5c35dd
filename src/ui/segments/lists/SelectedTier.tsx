import { useCallback } from 'react';
import type { SegmentView } from '../../../protocol/segments';
import type { EngineClient } from '../../../engine/client';
import { tierInfo, type TierId } from '../../../model/segments/tiers';
import { SelectedSegment } from './SelectedSegment';

interface Props {
  engine: EngineClient;
  view: SegmentView;
  segment: TierId;
}

/** The selected tier's customers (see SelectedSegment). */
export function SelectedTier({ engine, view, segment }: Props) {
  const loadRows = useCallback((limit: number) => engine.customers(view.params, segment, limit, 0), [engine, view, segment]);
  const tier = tierInfo(segment);
  const total = view.totals.find((row) => row.segment === segment)?.customers ?? 0;
  return <SelectedSegment segment={segment} label={tier.label} description={tier.description} total={total} kind="tier" loadRows={loadRows} />;
}
