import { RFM_BUCKET_IDS, segmentForScores, type RfmBucketId, type RfmRules } from './rfm-segments';

/** Customers and revenue (in whole cents) of one combination of scores. */
export interface RfmCell {
  rScore: number;
  fScore: number;
  mScore: number;
  customers: number;
  revenueCents: number;
}

export interface RfmTotals {
  segment: RfmBucketId;
  customers: number;
  revenue: number;
}

export interface RfmView {
  rules: RfmRules;
  /** All twelve buckets in display order (the eleven named segments, then Others), empty ones too. */
  totals: RfmTotals[];
}

/**
 * The named segments' totals for a rule table: each cell goes to the segment its scores fall in, so
 * every customer is counted exactly once. Revenue is added up in whole cents (exact in a double up
 * to 2^53 cents) and turned into currency units at the end.
 */
export function rfmView(cells: readonly RfmCell[], rules: RfmRules): RfmView {
  const sums = new Map<RfmBucketId, { customers: number; cents: number }>(RFM_BUCKET_IDS.map((id) => [id, { customers: 0, cents: 0 }]));
  for (const cell of cells) {
    const sum = sums.get(segmentForScores(rules, cell.rScore, cell.fScore, cell.mScore))!;
    sum.customers += cell.customers;
    sum.cents += cell.revenueCents;
  }
  return { rules, totals: RFM_BUCKET_IDS.map((segment) => ({ segment, customers: sums.get(segment)!.customers, revenue: sums.get(segment)!.cents / 100 })) };
}
