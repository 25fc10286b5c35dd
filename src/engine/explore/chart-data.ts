import { binEdges, planBins, type BinPlan, type MeasureStats } from '../../model/explore/histogram-bins';
import type { Connector, SqlValue } from '../db/connector';
import type { ChartData, CohortCount, ConcentrationPoint, Distribution, Measure, RfGridCell, ScoreBoundary } from '../../protocol/explore';
import type { RecencyBasis } from '../../model/segments/tier-rules/rule-set';
import { measureHistogramsSql, measureStatsSql, MONTHLY_COHORTS, REVENUE_CONCENTRATION } from './sql/charts';
import { RF_GRID, scoreBoundariesSql } from '../segments/sql/scores';
import { camelRows } from '../db/plain-rows';

const MEASURES: readonly { measure: Measure; allowLog: boolean; whole: boolean }[] = [
  { measure: 'recency', allowLog: false, whole: true },
  { measure: 'frequency', allowLog: true, whole: true },
  { measure: 'monetary', allowLog: true, whole: false },
];

/**
 * Everything the charts draw, for one reference date and way of counting recency (only recency
 * depends on them): a handful of aggregate queries, each a few hundred rows at most.
 */
export async function chartData(db: Connector, referenceDate: string, recencyBasis: RecencyBasis = 'calendar-days'): Promise<ChartData> {
  const boundaries = await db.query<ScoreBoundary & Record<string, unknown>>(scoreBoundariesSql(recencyBasis), [referenceDate]);
  const grid = camelRows<RfGridCell>(await db.query(RF_GRID));
  const distributions = await measureDistributions(db, referenceDate, recencyBasis);
  const concentration = camelRows<ConcentrationPoint>(await db.query(REVENUE_CONCENTRATION));
  const cohorts = camelRows<CohortCount>(await db.query(MONTHLY_COHORTS));
  return { referenceDate, recencyBasis, boundaries, grid, distributions, concentration, cohorts };
}

async function measureDistributions(db: Connector, referenceDate: string, basis: RecencyBasis): Promise<Distribution[]> {
  const [stats] = await db.query<Record<string, number>>(measureStatsSql(basis), [referenceDate]);
  const plans = MEASURES.map(({ measure, allowLog, whole }) => {
    const measureStats: MeasureStats = { min: stats[`${measure}_min`], median: stats[`${measure}_median`], max: stats[`${measure}_max`] };
    return { measure, stats: measureStats, plan: planBins(measureStats, { allowLog, whole }) };
  });
  const planParams: SqlValue[] = plans.flatMap(({ plan }: { plan: BinPlan }) => [plan.log, plan.origin, plan.width]);
  const counts = await db.query<{ measure: Measure; bin: number; customers: number }>(measureHistogramsSql(basis), [referenceDate, ...planParams]);
  return plans.map(({ measure, stats: measureStats, plan }) => ({
    measure,
    log: plan.log,
    ...measureStats,
    bins: counts.filter((row) => row.measure === measure).map((row) => ({ ...binEdges(plan, row.bin), customers: row.customers })),
  }));
}
