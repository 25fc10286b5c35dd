import * as Plot from '@observablehq/plot';
import type { SegmentInfo } from '../../model/segments/segment-info';
import { PLAIN_MONEY, type MoneyFormat } from '../../model/shared/money-format';
import type { SegmentMedians } from '../../protocol/insights';

export type MedianMeasure = 'recency' | 'frequency' | 'monetary';
export const MEDIAN_MEASURES: readonly MedianMeasure[] = ['recency', 'frequency', 'monetary'];

export const MEDIAN_TITLES: Record<MedianMeasure, string> = {
  recency: 'Median days since the last order',
  frequency: 'Median orders',
  monetary: 'Median spend',
};

export function medianOf(row: SegmentMedians, measure: MedianMeasure): number {
  return measure === 'recency' ? row.medianRecencyDays : measure === 'frequency' ? row.medianFrequency : row.medianMonetary;
}

/**
 * One measure's median per segment as bars, the segments in the order of `infos` (as the `rfm`
 * package draws them: a bar chart per measure), each bar in its segment's colour.
 */
export function segmentMedianOptions(
  medians: readonly SegmentMedians[],
  measure: MedianMeasure,
  infos: readonly SegmentInfo[],
  width = 360,
  money: MoneyFormat = PLAIN_MONEY,
): Plot.PlotOptions {
  const shown = infos.filter((info) => medians.some((row) => row.segment === info.id));
  const rows = shown.map((info) => ({ info, value: medianOf(medians.find((row) => row.segment === info.id)!, measure) }));
  const label = (value: number) => (measure === 'monetary' ? money.format(value) : value.toLocaleString('en-US', { maximumFractionDigits: 1 }));
  return {
    width,
    height: 220 + (shown.length > 5 ? 60 : 0),
    marginBottom: shown.length > 5 ? 90 : 40,
    marginLeft: 56,
    x: { domain: shown.map((info) => info.label), label: null, tickRotate: shown.length > 5 ? -40 : 0, tickSize: 0 },
    // The figure's title names the measure; the axis adds only the currency.
    y: { label: measure === 'monetary' && money.suffix ? `↑${money.suffix}` : null, grid: true, nice: true },
    marks: [
      Plot.barY(rows, { x: (row) => row.info.label, y: 'value', fill: (row) => row.info.color, title: (row) => `${row.info.label}: ${label(row.value)}` }),
      Plot.ruleY([0]),
    ],
  };
}
