import { TIERS, type TierId, type TierThresholds } from './tiers';

/**
 * A file's customers folded into cells of (value level, last purchase day), column by column
 * (engine/sql/segments.ts TIER_CELLS). A value level is the highest whole percentile whose
 * threshold the customer's spend reaches; `thresholds[p]` is that threshold for percentile p.
 */
export interface TierCells {
  thresholds: number[];
  valueLevel: number[];
  /** Days since 1970-01-01. */
  lastDay: number[];
  customers: number[];
  revenueCents: number[];
}

export interface TierTotals {
  segment: TierId;
  customers: number;
  revenue: number;
}

const MS_PER_DAY = 86_400_000;

/**
 * The four tiers' customers and revenue for a set of thresholds and a reference date, as a sum over
 * the cells: high value = level ≥ P, active = at most D days from the last purchase to the reference
 * date. Revenue is added in whole cents and turned into currency units at the end, so it is exact.
 */
export function tierTotals(cells: TierCells, params: TierThresholds & { referenceDate: string }): { valueThreshold: number; totals: TierTotals[] } {
  const { valuePercentile, activeDays } = params;
  const referenceDay = Date.parse(`${params.referenceDate}T00:00:00Z`) / MS_PER_DAY;
  if (!Number.isInteger(referenceDay)) throw new Error(`invalid reference date: ${params.referenceDate}`);
  const sums = TIERS.map(() => ({ customers: 0, cents: 0 }));
  for (let cell = 0; cell < cells.customers.length; cell++) {
    const highValue = cells.valueLevel[cell] >= valuePercentile;
    const active = referenceDay - cells.lastDay[cell] <= activeDays;
    const sum = sums[TIERS.findIndex((tier) => tier.highValue === highValue && tier.active === active)];
    sum.customers += cells.customers[cell];
    sum.cents += cells.revenueCents[cell];
  }
  return {
    valueThreshold: cells.thresholds[valuePercentile],
    totals: TIERS.map(({ id }, index) => ({ segment: id, customers: sums[index].customers, revenue: sums[index].cents / 100 })),
  };
}
