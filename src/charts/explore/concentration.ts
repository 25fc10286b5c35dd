import * as Plot from '@observablehq/plot';
import type { ConcentrationPoint } from '../../protocol/explore';

export interface ConcentrationHighlight {
  percent: number;
  customers: number;
  revenueShare: number;
}

export const HIGHLIGHT_PERCENTS = [1, 10, 20, 50];

/** The curve from (0, 0): x = share of customers (biggest spenders first), y = their share of revenue. */
export function concentrationCurve(points: readonly ConcentrationPoint[]): { customerShare: number; revenueShare: number }[] {
  return [{ customerShare: 0, revenueShare: 0 }, ...points.map((point) => ({ customerShare: point.customerShare, revenueShare: point.revenueShare }))];
}

export function concentrationHighlights(points: readonly ConcentrationPoint[], percents = HIGHLIGHT_PERCENTS): ConcentrationHighlight[] {
  return percents.flatMap((percent) => {
    const point = points.find((candidate) => candidate.percent === percent);
    return point ? [{ percent, customers: point.customers, revenueShare: point.revenueShare }] : [];
  });
}

export function highlightSentence({ percent, customers, revenueShare }: ConcentrationHighlight): string {
  return `Top ${percent}% (${customers.toLocaleString('en-US')} customers): ${(100 * revenueShare).toFixed(1)}% of revenue`;
}

/** A Pareto curve of revenue concentration, with the line of perfect equality for reference. */
export function concentrationOptions(points: readonly ConcentrationPoint[], width = 560): Plot.PlotOptions {
  const curve = concentrationCurve(points);
  const highlights = concentrationHighlights(points);
  return {
    width,
    height: 320,
    marginLeft: 48,
    marginRight: 24,
    x: { domain: [0, 100], percent: true, label: 'Top customers, by spend (%) →' },
    y: { domain: [0, 100], percent: true, label: '↑ Share of revenue (%)', grid: true },
    marks: [
      Plot.line([{ x: 0, y: 0 }, { x: 1, y: 1 }], { x: 'x', y: 'y', stroke: '#b9c1cd', strokeDasharray: '4,4' }),
      Plot.areaY(curve, { x: 'customerShare', y: 'revenueShare', fill: '#3a6ea5', fillOpacity: 0.12 }),
      Plot.line(curve, { x: 'customerShare', y: 'revenueShare', stroke: '#1f3a5f', strokeWidth: 2 }),
      Plot.dot(highlights, { x: (h: ConcentrationHighlight) => h.percent / 100, y: 'revenueShare', fill: '#c0392b', r: 4, title: highlightSentence }),
      Plot.text(highlights, {
        x: (h: ConcentrationHighlight) => h.percent / 100,
        y: 'revenueShare',
        text: (h: ConcentrationHighlight) => `top ${h.percent}%: ${(100 * h.revenueShare).toFixed(0)}%`,
        dx: 8,
        dy: 10,
        textAnchor: 'start',
        fontSize: 11,
        fill: '#1d2430',
      }),
    ],
  };
}
