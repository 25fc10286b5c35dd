import { binEdges, planBins, type BinPlan, type MeasureStats } from '../../model/explore/histogram-bins';
import type { Connector, SqlValue } from '../db/connector';
import type { ChartData, CohortCount, ConcentrationPoint, Distribution, Measure, RfGridCell, ScoreBoundary } from '../../protocol/explore';
import { MEASURE_HISTOGRAMS, MEASURE_STATS, MONTHLY_COHORTS, REVENUE_CONCENTRATION } from './sql/charts';
import { RF_GRID, SCORE_BOUNDARIES } from '../segments/sql/scores';
import { camelRows } from '../db/plain-rows';

const MEASURES: readonly { measure: Measure; allowLog: boolean; whole: boolean }[] = [
  { measure: 'recency', allowLog: false, whole: true },
  { measure: 'frequency', allowLog: true, whole: true },
  { measure: 'monetary', allowLog: true, whole: false },
];

/**
 * Everything the charts draw, for one reference date (only recency depends on it): a handful of
 * aggregate queries, each a few hundred rows at most.
 */
export async function chartData(db: Connector, referenceDate: string): Promise<ChartData> {
  const boundaries = await db.query<ScoreBoundary & Record<string, unknown>>(SCORE_BOUNDARIES, [referenceDate]);
  const grid = camelRows<RfGridCell>(await db.query(RF_GRID));
  const distributions = await measureDistributions(db, referenceDate);
  const concentration = camelRows<ConcentrationPoint>(await db.query(REVENUE_CONCENTRATION));
  const cohorts = camelRows<CohortCount>(await db.query(MONTHLY_COHORTS));
  return { referenceDate, boundaries, grid, distributions, concentration, cohorts };
}

async function measureDistributions(db: Connector, referenceDate: string): Promise<Distribution[]> {
  const [stats] = await db.query<Record<string, number>>(MEASURE_STATS, [referenceDate]);
  const plans = MEASURES.map(({ measure, allowLog, whole }) => {
    const measureStats: MeasureStats = { min: stats[`${measure}_min`], median: stats[`${measure}_median`], max: stats[`${measure}_max`] };
    return { measure, stats: measureStats, plan: planBins(measureStats, { allowLog, whole }) };
  });
  const planParams: SqlValue[] = plans.flatMap(({ plan }: { plan: BinPlan }) => [plan.log, plan.origin, plan.width]);
  const counts = await db.query<{ measure: Measure; bin: number; customers: number }>(MEASURE_HISTOGRAMS, [referenceDate, ...planParams]);
  return plans.map(({ measure, stats: measureStats, plan }) => ({
    measure,
    log: plan.log,
    ...measureStats,
    bins: counts.filter((row) => row.measure === measure).map((row) => ({ ...binEdges(plan, row.bin), customers: row.customers })),
  }));
}
