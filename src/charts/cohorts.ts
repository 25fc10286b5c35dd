import * as Plot from '@observablehq/plot';
import type { CohortCount } from '../engine/rfm-api';
import { formatCount } from '../model/format';

export interface CohortCell {
  cohort: string;
  monthsSince: number;
  customers: number;
  /** Customers who first bought in the cohort's month. */
  size: number;
  /** customers / size: the share of the cohort that bought again that month (1 in month 0). */
  retention: number;
}

export function cohortCells(rows: readonly CohortCount[]): CohortCell[] {
  const sizes = new Map(rows.filter((row) => row.months_since === 0).map((row) => [row.cohort, row.customers]));
  return rows.map((row) => {
    const size = sizes.get(row.cohort) ?? 0;
    return { cohort: row.cohort, monthsSince: row.months_since, customers: row.customers, size, retention: size === 0 ? 0 : row.customers / size };
  });
}

export function cohortLabel(cell: CohortCell): string {
  return cell.monthsSince === 0 ? formatCount(cell.size) : `${Math.round(100 * cell.retention)}%`;
}

/**
 * Monthly cohort retention: one row per first-purchase month, one column per month since. Month 0
 * shows the cohort's size (grey); later months are shaded by the share of the cohort that bought.
 */
export function cohortOptions(rows: readonly CohortCount[], width = 760): Plot.PlotOptions {
  const cells = cohortCells(rows);
  const cohorts = [...new Set(cells.map((cell) => cell.cohort))].sort();
  const months = Array.from({ length: Math.max(0, ...cells.map((cell) => cell.monthsSince)) + 1 }, (_, index) => index);
  const later = cells.filter((cell) => cell.monthsSince > 0);
  const first = cells.filter((cell) => cell.monthsSince === 0);
  return {
    width,
    height: 40 + 22 * Math.max(cohorts.length, 1) + 40,
    marginLeft: 64,
    marginTop: 40,
    padding: 0.05,
    x: { domain: months, axis: 'top', label: 'Months since the first purchase →', tickSize: 0 },
    y: { domain: cohorts, label: 'First purchase', tickSize: 0 },
    color: { type: 'linear', scheme: 'blues', domain: [0, Math.max(0.01, ...later.map((cell) => cell.retention))], legend: false },
    marks: [
      Plot.cell(first, { x: 'monthsSince', y: 'cohort', fill: '#e4e7ec', title: (cell: CohortCell) => `${cell.cohort}: ${formatCount(cell.size)} new customers` }),
      Plot.cell(later, {
        x: 'monthsSince',
        y: 'cohort',
        fill: 'retention',
        title: (cell: CohortCell) =>
          `${cell.cohort}, month ${cell.monthsSince}: ${formatCount(cell.customers)} of ${formatCount(cell.size)} bought (${(100 * cell.retention).toFixed(1)}%)`,
      }),
      Plot.text(cells, {
        x: 'monthsSince',
        y: 'cohort',
        text: cohortLabel,
        fontSize: 10,
        fill: (cell: CohortCell) => (cell.monthsSince > 0 && cell.retention > 0.6 * Math.max(...later.map((c) => c.retention)) ? 'white' : '#1d2430'),
      }),
    ],
  };
}
