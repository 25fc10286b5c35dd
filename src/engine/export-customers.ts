import { toCsv } from '../model/csv-format';
import type { TierId } from '../model/tiers';
import type { SegmentParams } from './api';
import type { Connector } from './connector';
import { segmentParams } from './segment-view';
import { EXPORT_CUSTOMERS } from './sql/segments';

export const EXPORT_COLUMNS = [
  'customer_id',
  'recency_days',
  'frequency',
  'monetary',
  'segment',
  'first_purchase_date',
  'last_purchase_date',
] as const;

/** All customers, or one tier, as spreadsheet-safe CSV text. */
export async function exportCustomersCsv(db: Connector, params: SegmentParams, segment: TierId | null): Promise<string> {
  const rows = await db.query(EXPORT_CUSTOMERS, [...segmentParams(params), segment, segment]);
  return toCsv(EXPORT_COLUMNS, rows);
}
