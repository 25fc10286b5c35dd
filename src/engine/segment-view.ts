import { TIER_IDS, type TierId } from '../model/tiers';
import type { CustomerRow, SegmentParams, SegmentTotals, SegmentView } from './api';
import type { Connector, SqlValue } from './connector';
import { SEGMENT_CUSTOMERS, SEGMENT_SUMMARY, VALUE_THRESHOLD } from './sql/segments';

export function segmentParams({ referenceDate, valuePercentile, activeDays }: SegmentParams): SqlValue[] {
  return [referenceDate, valuePercentile, activeDays];
}

/** Everything the result screen needs for one set of thresholds, in four small queries. */
export async function segmentView(db: Connector, params: SegmentParams, reportRows: number): Promise<SegmentView> {
  const [{ value_threshold }] = await db.query<{ value_threshold: number }>(VALUE_THRESHOLD, [params.valuePercentile]);
  const found = await db.query<SegmentTotals & Record<string, unknown>>(SEGMENT_SUMMARY, segmentParams(params));
  // Every tier is listed, even an empty one, so the summary always has the same four rows.
  const totals = TIER_IDS.map(
    (segment) => found.find((row) => row.segment === segment) ?? { segment, customers: 0, revenue: 0 },
  );
  return {
    params,
    valueThreshold: value_threshold,
    totals,
    revenueLeak: await segmentCustomers(db, params, 'at_risk_whale', reportRows, 0),
    marginProtection: await segmentCustomers(db, params, 'champion', reportRows, 0),
  };
}

export function segmentCustomers(
  db: Connector,
  params: SegmentParams,
  segment: TierId | null,
  limit: number,
  offset: number,
): Promise<CustomerRow[]> {
  return db.query<CustomerRow & Record<string, unknown>>(SEGMENT_CUSTOMERS, [
    ...segmentParams(params),
    segment,
    segment,
    limit,
    offset,
  ]);
}
