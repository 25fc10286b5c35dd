import { toCsv } from '../../model/shared/csv-format';
import { DEFAULT_RFM_RULES, isRfmBucketId } from '../../model/segments/rfm-segments';
import { isTierId, type TierId } from '../../model/segments/tiers';
import type { SegmentParams } from '../../protocol/segments';
import type { Connector } from '../db/connector';
import { scoredParams } from '../explore/customer-explorer';
import { tierFilterParams } from '../segments/segment-view';
import type { RfmExport } from '../../protocol/export';
import { EXPORT_CUSTOMERS } from '../segments/sql/segments';
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
  ...PREDICTION_EXPORT_COLUMNS,
] as const;

/**
 * All customers, one tier, or one named RFM segment, as spreadsheet-safe CSV text. The scores and
 * named segment are exported in both modes; without `rfm` the default rule table names them.
 */
export async function exportCustomersCsv(
  db: Connector,
  params: SegmentParams,
  segment: TierId | null,
  rfm: RfmExport = { rules: DEFAULT_RFM_RULES, segment: null },
): Promise<string> {
  if (segment !== null && !isTierId(segment)) throw new Error(`invalid tier: ${segment}`);
  if (rfm.segment !== null && !isRfmBucketId(rfm.segment)) throw new Error(`invalid RFM segment: ${rfm.segment}`);
  const rows = await db.query(EXPORT_CUSTOMERS, [...scoredParams(params, rfm.rules), ...tierFilterParams(segment), rfm.segment, rfm.segment]);
  return toCsv(EXPORT_COLUMNS, rows);
}
