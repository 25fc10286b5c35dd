import * as Plot from '@observablehq/plot';
import type { Distribution, Measure, ScoreBoundary } from '../../protocol/explore';
import { formatCount } from '../../model/shared/format';
import { PLAIN_MONEY, type MoneyFormat } from '../../model/shared/money-format';

export interface DistributionMarker {
  value: number;
  label: string;
  /** `tier`: a retention-tier threshold; `score`: where an RFM score begins. */
  kind: 'tier' | 'score';
}

export interface TierThresholds {
  activeDays: number;
  valueThreshold: number;
  valuePercentile: number;
}

const LETTER: Record<Measure, string> = { recency: 'R', frequency: 'F', monetary: 'M' };

export const MEASURE_LABELS: Record<Measure, string> = {
  recency: 'Days since the last purchase',
  frequency: 'Invoices per customer',
  monetary: 'Spend per customer',
};

/**
 * Lines drawn on a distribution: the tier thresholds (active window on recency, high-value threshold
 * on monetary) and the lowest value of each RFM score but the first (so each line is where a score
 * begins).
 */
export function distributionMarkers(
  measure: Measure,
  boundaries: readonly ScoreBoundary[],
  tiers: TierThresholds,
  money: MoneyFormat = PLAIN_MONEY,
): DistributionMarker[] {
  const scores = boundaries.filter((row) => row.measure === measure).sort((a, b) => a.low - b.low);
  const markers: DistributionMarker[] = scores.slice(1).map((row) => ({ value: row.low, label: `${LETTER[measure]}${row.score}`, kind: 'score' }));
  if (measure === 'recency') markers.push({ value: tiers.activeDays, label: `active ≤ ${tiers.activeDays} d`, kind: 'tier' });
  if (measure === 'monetary') {
    markers.push({ value: tiers.valueThreshold, label: `high value ≥ ${money.format(tiers.valueThreshold)} (P${tiers.valuePercentile})`, kind: 'tier' });
  }
  return markers;
}

function formatValue(measure: Measure, value: number, money: MoneyFormat): string {
  return measure === 'monetary' ? money.format(value) : formatCount(value);
}

/** A histogram of one measure (bins counted in SQL), on a log x axis when the measure is skewed. */
export function distributionOptions(
  distribution: Distribution,
  markers: readonly DistributionMarker[],
  width = 380,
  money: MoneyFormat = PLAIN_MONEY,
): Plot.PlotOptions {
  const { measure, log, bins } = distribution;
  const visible = log ? markers.filter((marker) => marker.value > 0) : markers;
  // Score labels alternate between two lines, so neighbouring ones do not overprint.
  const scoreLabels = visible.filter((marker) => marker.kind === 'score');
  const onLine = (line: number) => scoreLabels.filter((_, index) => index % 2 === line);
  return {
    width,
    height: 220,
    marginLeft: 48,
    marginTop: 36,
    x: { type: log ? 'log' : 'linear', label: `${MEASURE_LABELS[measure]}${measure === 'monetary' ? money.suffix : ''}${log ? ' (log scale)' : ''} →` },
    y: { label: '↑ customers', grid: true },
    marks: [
      Plot.rectY(bins, {
        x1: 'x0',
        x2: 'x1',
        y: 'customers',
        fill: '#3a6ea5',
        insetLeft: 0.5,
        insetRight: 0.5,
        title: (bin: { x0: number; x1: number; customers: number }) =>
          `${formatValue(measure, bin.x0, money)} – ${formatValue(measure, bin.x1, money)}: ${formatCount(bin.customers)} customers`,
      }),
      Plot.ruleY([0]),
      Plot.ruleX(
        visible.filter((marker) => marker.kind === 'score'),
        { x: 'value', stroke: '#8a8f98', strokeDasharray: '3,3' },
      ),
      Plot.ruleX(
        visible.filter((marker) => marker.kind === 'tier'),
        { x: 'value', stroke: '#c0392b', strokeWidth: 2 },
      ),
      // Score labels above the frame, the tier label inside it on a white halo, so they never overlap.
      Plot.text(onLine(0), { x: 'value', frameAnchor: 'top', dy: -8, text: 'label', fill: '#5d6675', fontSize: 10 }),
      Plot.text(onLine(1), { x: 'value', frameAnchor: 'top', dy: -20, text: 'label', fill: '#5d6675', fontSize: 10 }),
      Plot.text(
        visible.filter((marker) => marker.kind === 'tier'),
        { x: 'value', frameAnchor: 'top', dy: 6, dx: 4, text: 'label', fill: '#c0392b', fontSize: 10, textAnchor: 'start', stroke: 'white', strokeWidth: 3 },
      ),
    ],
  };
}
