import { toCsv } from '../../model/shared/csv-format';
import { readCurrency } from '../../model/shared/currency';
import { DEFAULT_RFM_RULES, isRfmBucketId } from '../../model/segments/rfm-segments';
import { isTierId, type TierId } from '../../model/segments/tiers';
import type { SegmentParams } from '../../protocol/segments';
import type { Connector, Row } from '../db/connector';
import { scoredParams } from '../explore/customer-explorer';
import { tierFilterParams } from '../segments/segment-view';
import type { ExportPlays, RfmExport } from '../../protocol/export';
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
  'email',
  'currency',
  'play',
  ...PREDICTION_EXPORT_COLUMNS,
] as const;

const NO_PLAYS: ExportPlays = { segmentation: 'tiers', playNames: {}, currency: null };

/**
 * All customers, one tier, or one named RFM segment, as spreadsheet-safe CSV text. The scores and
 * named segment are exported in both modes; without `rfm` the default rule table names them. The
 * play is the one of the segmentation on the page, by the name the page gives it.
 */
export async function exportCustomersCsv(
  db: Connector,
  params: SegmentParams,
  segment: TierId | null,
  rfm: RfmExport = { rules: DEFAULT_RFM_RULES, segment: null },
  plays: ExportPlays = NO_PLAYS,
): Promise<string> {
  if (segment !== null && !isTierId(segment)) throw new Error(`invalid tier: ${segment}`);
  if (rfm.segment !== null && !isRfmBucketId(rfm.segment)) throw new Error(`invalid RFM segment: ${rfm.segment}`);
  const rows = await db.query(EXPORT_CUSTOMERS, [...scoredParams(params, rfm.rules), ...tierFilterParams(segment), rfm.segment, rfm.segment]);
  return toCsv(EXPORT_COLUMNS, rows.map(withPlayAndCurrency(plays)));
}

/** The row's play by its segment, and its currency as a code (the file's own when its lines name none). */
function withPlayAndCurrency({ segmentation, playNames, currency }: ExportPlays): (row: Row) => Row {
  const fallback = currency === null ? null : readCurrency(currency);
  return (row) => {
    const id = String(segmentation === 'rfm' ? row.rfm_segment : row.segment) as keyof typeof playNames;
    const name = Object.hasOwn(playNames, id) ? playNames[id] : undefined;
    return { ...row, currency: (row.currency === null ? null : readCurrency(String(row.currency))) ?? fallback, play: typeof name === 'string' ? name : null };
  };
}
