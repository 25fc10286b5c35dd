import { tierTotals } from '../../model/segments/tier-totals';
import { tierInfo, type TierId } from '../../model/segments/tiers';
import type { CustomerRow, ReportLists, SegmentParams, SegmentView } from '../../protocol/segments';
import type { Connector, SqlValue } from '../db/connector';
import { REPORT_CUSTOMERS, SEGMENT_CUSTOMERS } from './sql/segments';
import { readTierCells } from './tier-cells';
import { camelRows } from '../db/plain-rows';

export function segmentParams({ referenceDate, valuePercentile, activeDays }: SegmentParams): SqlValue[] {
  return [referenceDate, wholePercentile(valuePercentile), activeDays];
}

/** value_thresholds (sql/segments.ts) holds the whole percentiles only. */
function wholePercentile(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100) throw new Error(`invalid value percentile: ${value}`);
  return value;
}

/** TIER_FILTER's parameters (sql/segments.ts): a tier's corner of the 2×2, or NULLs for every tier. */
export function tierFilterParams(segment: TierId | null): SqlValue[] {
  if (segment === null) return [null, null, null];
  const { highValue, active } = tierInfo(segment);
  return [highValue, highValue, active];
}

/**
 * The two reports' customer lists for one set of thresholds, biggest spenders first: the first
 * `reportRows` At-Risk Whales (Revenue Leak) and Champions (Margin Protection), in one query.
 */
export async function reportLists(db: Connector, params: SegmentParams, reportRows: number): Promise<ReportLists> {
  const tierParams = [...segmentParams(params), reportRows];
  const rows = camelRows<CustomerRow>(await db.query(REPORT_CUSTOMERS, [...tierParams, ...tierParams]));
  return {
    revenueLeak: rows.filter((row) => row.segment === 'at_risk_whale'),
    marginProtection: rows.filter((row) => row.segment === 'champion'),
  };
}

/**
 * Everything the result screen shows for one set of thresholds. The page itself adds up the tier
 * cells it received with the file (tierTotals) and asks only for the lists; this does both here,
 * for the tests and the benchmark's native run.
 */
export async function segmentView(db: Connector, params: SegmentParams, reportRows: number): Promise<SegmentView> {
  segmentParams(params); // refuses what the queries would: a percentile that is not whole
  const { valueThreshold, totals } = tierTotals(await readTierCells(db), params);
  return { params, valueThreshold, totals, ...(await reportLists(db, params, reportRows)), reportsFor: params };
}

export async function segmentCustomers(
  db: Connector,
  params: SegmentParams,
  segment: TierId | null,
  limit: number,
  offset: number,
): Promise<CustomerRow[]> {
  return camelRows<CustomerRow>(await db.query(SEGMENT_CUSTOMERS, [...segmentParams(params), ...tierFilterParams(segment), limit, offset]));
}
