import * as Plot from '@observablehq/plot';
import type { InvoiceRow } from '../../protocol/explore';
import { PLAIN_MONEY, type MoneyFormat } from '../../model/shared/money-format';

export interface TimelinePoint {
  invoice: string;
  /** UTC, so the chart does not depend on the viewer's time zone. */
  date: Date;
  amount: number;
  lines: number;
}

export function timelinePoints(invoices: readonly InvoiceRow[]): TimelinePoint[] {
  return invoices
    .map((row) => ({ invoice: row.invoice, date: new Date(`${row.invoicedAt.replace(' ', 'T')}:00Z`), amount: row.amount, lines: row.lines }))
    .sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** A customer's purchases over time: one stem per invoice, its height the invoice total. */
export function timelineOptions(invoices: readonly InvoiceRow[], referenceDate: string, width = 720, money: MoneyFormat = PLAIN_MONEY): Plot.PlotOptions {
  const points = timelinePoints(invoices);
  const reference = new Date(`${referenceDate}T00:00:00Z`);
  return {
    width,
    height: 200,
    marginLeft: 56,
    x: { type: 'utc', label: null },
    y: { label: `↑ invoice total${money.suffix}`, grid: true, nice: true },
    marks: [
      Plot.ruleY([0]),
      Plot.ruleX(points, { x: 'date', y: 'amount', stroke: '#3a6ea5' }),
      Plot.dot(points, {
        x: 'date',
        y: 'amount',
        fill: '#1f3a5f',
        r: 3.5,
        title: (point: TimelinePoint) => `${point.invoice} · ${point.date.toISOString().slice(0, 16).replace('T', ' ')}\n${money.format(point.amount)} · ${point.lines} lines`,
      }),
      Plot.ruleX([reference], { stroke: '#c0392b', strokeDasharray: '3,3' }),
      Plot.text([reference], { x: (date: Date) => date, frameAnchor: 'top', text: () => 'reference date', fill: '#c0392b', fontSize: 10, textAnchor: 'end', dx: -4 }),
    ],
  };
}
