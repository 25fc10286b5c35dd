import { toCsv } from '../../model/shared/csv-format';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { SegmentFilter } from '../../protocol/explore';
import type { SegmentParams } from '../../protocol/segments';
import type { Connector } from '../db/connector';
import { scoredParams, segmentFilterParams } from '../explore/customer-explorer';
import { tieredFor } from '../segments/segment-view';
import { exportCustomersSql } from '../segments/sql/segments';
import { PREDICTION_EXPORT_COLUMNS } from '../predict/sql/predictions';

export const EXPORT_COLUMNS = [
  'customer_id',
  'recency_days',
  'frequency',
  'monetary',
  'segment',
  'first_purchase_date',
  'last_purchase_date',
  'r_score',
  'f_score',
  'm_score',
  'rfm_segment',
  'cluster',
  ...PREDICTION_EXPORT_COLUMNS,
] as const;

const EVERYONE: SegmentFilter = { segmentation: 'tiers', segment: null };

/**
 * All customers, or one tier, named RFM segment or cluster, as spreadsheet-safe CSV text. Every row
 * has its tier, scores, named segment (by `rules`) and cluster (empty until the clusters are fitted).
 */
export async function exportCustomersCsv(db: Connector, params: SegmentParams, rules: RfmRules, filter: SegmentFilter = EVERYONE): Promise<string> {
  const tiered = tieredFor(params);
  const rows = await db.query(exportCustomersSql(tiered), [...scoredParams(tiered, rules), ...segmentFilterParams(filter)]);
  return toCsv(EXPORT_COLUMNS, rows);
}
