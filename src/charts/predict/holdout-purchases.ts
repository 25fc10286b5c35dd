import * as Plot from '@observablehq/plot';
import type { HoldoutGroup } from '../../model/predict/holdout-purchases';

export type HoldoutSeries = 'Actual' | 'Predicted by BG/NBD';

export interface HoldoutPoint {
  group: string;
  series: HoldoutSeries;
  purchases: number;
  customers: number;
}

export const HOLDOUT_COLORS: Record<HoldoutSeries, string> = { Actual: '#1f3a5f', 'Predicted by BG/NBD': '#d97706' };

/** One point per group and series: the long format Plot draws. */
export function holdoutPoints(groups: readonly HoldoutGroup[]): HoldoutPoint[] {
  return groups.flatMap((group) => [
    { group: group.label, series: 'Actual' as const, purchases: group.actual, customers: group.customers },
    { group: group.label, series: 'Predicted by BG/NBD' as const, purchases: group.predicted, customers: group.customers },
  ]);
}

/**
 * Predicted against actual purchases per customer in the holdout, by repeat purchases in the
 * calibration period (0 … 7+): the two lines should lie on top of each other.
 */
export function holdoutPurchasesPlot(groups: readonly HoldoutGroup[], holdoutDays: number, width = 640): Plot.PlotOptions {
  const points = holdoutPoints(groups);
  const series = Object.keys(HOLDOUT_COLORS);
  return {
    width,
    height: 300,
    marginLeft: 50,
    x: { type: 'point', domain: groups.map((group) => group.label), label: 'Repeat purchases in the calibration period', padding: 0.3 },
    y: { grid: true, zero: true, label: `Purchases per customer in the ${holdoutDays}-day holdout` },
    color: { domain: series, range: series.map((name) => HOLDOUT_COLORS[name as HoldoutSeries]), legend: true },
    marks: [
      Plot.ruleY([0]),
      Plot.lineY(points, { x: 'group', y: 'purchases', stroke: 'series', strokeWidth: 2 }),
      Plot.dot(points, {
        x: 'group',
        y: 'purchases',
        fill: 'series',
        r: 4,
        title: (point: HoldoutPoint) => `${point.series}: ${point.purchases.toFixed(2)} per customer (${point.customers} customers)`,
      }),
    ],
  };
}
