import { toCsv } from '../../model/shared/csv-format';
import { readCurrency } from '../../model/shared/currency';
import { clusterSegmentId } from '../../model/segments/clusters/cluster-segments';
import type { RfmRules } from '../../model/segments/rfm-segments';
import type { SegmentFilter } from '../../protocol/explore';
import type { ExportPlays } from '../../protocol/export';
import type { SegmentParams } from '../../protocol/segments';
import type { Connector, Row } from '../db/connector';
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
  'email',
  'currency',
  'play',
  ...PREDICTION_EXPORT_COLUMNS,
] as const;

const EVERYONE: SegmentFilter = { segmentation: 'tiers', segment: null };
const NO_PLAYS: ExportPlays = { segmentation: 'tiers', playNames: {}, currency: null };

/**
 * All customers, or one tier, named RFM segment or cluster, as spreadsheet-safe CSV text. Every row
 * has its tier, scores, named segment (by `rules`) and cluster (empty until the clusters are fitted),
 * and the play of its segment in the segmentation on the page, by the name the page gives it.
 */
export async function exportCustomersCsv(
  db: Connector,
  params: SegmentParams,
  rules: RfmRules,
  filter: SegmentFilter = EVERYONE,
  plays: ExportPlays = NO_PLAYS,
): Promise<string> {
  const tiered = tieredFor(params);
  const rows = await db.query(exportCustomersSql(tiered), [...scoredParams(tiered, rules), ...segmentFilterParams(filter)]);
  return toCsv(EXPORT_COLUMNS, rows.map(withPlayAndCurrency(plays)));
}

/** The segment a row's play is named by: its tier, named segment or cluster, whichever the page shows. */
function segmentOf(row: Row, segmentation: ExportPlays['segmentation']): string | null {
  if (segmentation === 'rfm') return String(row.rfm_segment);
  if (segmentation === 'clusters') return row.cluster === null ? null : clusterSegmentId(Number(row.cluster));
  return String(row.segment);
}

/** The row's play by its segment, and its currency as a code (the file's own when its lines name none). */
function withPlayAndCurrency({ segmentation, playNames, currency }: ExportPlays): (row: Row) => Row {
  const fallback = currency === null ? null : readCurrency(currency);
  return (row) => {
    const id = segmentOf(row, segmentation);
    const name = id !== null && Object.hasOwn(playNames, id) ? playNames[id as keyof typeof playNames] : undefined;
    return { ...row, currency: (row.currency === null ? null : readCurrency(String(row.currency))) ?? fallback, play: typeof name === 'string' ? name : null };
  };
}
