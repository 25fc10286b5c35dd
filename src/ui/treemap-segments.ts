import type { SegmentView } from '../engine/api';
import type { RfmView } from '../engine/rfm-api';
import { RFM_BUCKETS } from '../model/rfm-segments';
import { tierInfo } from '../model/tiers';
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
