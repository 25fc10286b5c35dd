import * as Plot from '@observablehq/plot';
import type { CohortCount } from '../../protocol/explore';
import { formatCount } from '../../model/shared/format';

export interface CohortCell {
  cohort: string;
  monthsSince: number;
  customers: number;
  /** Customers who first bought in the cohort's month. */
  size: number;
  /** customers / size: the share of the cohort that bought again that month (1 in month 0). */
  retention: number;
  /** The cell is the data's last month, and the data end before that month does. */
  partial: boolean;
}

/** Per-cell figures are drawn only up to this many cohorts and months; beyond, colour and tooltips. */
const LABEL_LIMIT = 24;
const PARTIAL_OPACITY = 0.45;
const COHORT_MARGIN_LEFT = 64;
/** Narrower cells are coloured only: their figures would run into each other. */
const LEAST_LABELLED_CELL_PX = 26;
/** Below this width the partial-month note takes two lines. */
const NARROW_PX = 560;

/**
 * One cell per cohort and month from the first purchase up to the data's last month: 0 customers
 * where none of the cohort bought, no cell for the months after the data.
 */
export function cohortCells(rows: readonly CohortCount[]): CohortCell[] {
  if (rows.length === 0) return [];
  const dataEnd = rows[0].dataEnd;
  const lastMonth = monthNumber(dataEnd);
  const partial = isPartialMonth(dataEnd);
  const counts = new Map(rows.map((row) => [`${row.cohort}+${row.monthsSince}`, row.customers]));
  const cohorts = [...new Set(rows.map((row) => row.cohort))].sort();
  return cohorts.flatMap((cohort) => {
    const size = counts.get(`${cohort}+0`) ?? 0;
    const span = lastMonth - monthNumber(cohort);
    return Array.from({ length: span + 1 }, (_, monthsSince) => {
      const customers = counts.get(`${cohort}+${monthsSince}`) ?? 0;
      return { cohort, monthsSince, customers, size, retention: size === 0 ? 0 : customers / size, partial: partial && monthsSince === span };
    });
  });
}

/** "The last month, 2011-12, is partial (data end 2011-12-09)…", or null when the data fill it. */
export function partialMonthNote(rows: readonly CohortCount[]): string | null {
  const dataEnd = rows[0]?.dataEnd;
  if (!dataEnd || !isPartialMonth(dataEnd)) return null;
  return `The last month, ${dataEnd.slice(0, 7)}, is partial (data end ${dataEnd}): its cells, the last of each row, are paler.`;
}

export function cohortLabel(cell: CohortCell): string {
  return cell.monthsSince === 0 ? formatCount(cell.size) : `${Math.round(100 * cell.retention)}%`;
}

/**
 * Monthly cohort retention: one row per first-purchase month, one column per month since. Month 0
 * shows the cohort's size (grey); later months are shaded by the share of the cohort that bought,
 * from a visible pale blue at 0% so that a month without buyers differs from one after the data.
 */
export function cohortOptions(rows: readonly CohortCount[], width = 760): Plot.PlotOptions {
  const cells = cohortCells(rows);
  const cohorts = [...new Set(cells.map((cell) => cell.cohort))];
  const months = Array.from({ length: Math.max(0, ...cells.map((cell) => cell.monthsSince)) + 1 }, (_, index) => index);
  const later = cells.filter((cell) => cell.monthsSince > 0);
  const first = cells.filter((cell) => cell.monthsSince === 0);
  const highest = Math.max(0.01, ...later.map((cell) => cell.retention));
  const note = partialMonthNote(rows);
  const opacity = (cell: CohortCell) => (cell.partial ? PARTIAL_OPACITY : 1);
  const partialTitle = (cell: CohortCell) => (cell.partial ? ' (a partial month)' : '');
  const noteEms = Math.floor((width - COHORT_MARGIN_LEFT - 4) / 11);
  const narrow = width < NARROW_PX;
  return {
    width,
    height: 40 + 22 * Math.max(cohorts.length, 1) + (narrow ? 56 : 40),
    marginLeft: COHORT_MARGIN_LEFT,
    marginTop: 40,
    marginBottom: narrow ? 56 : 40,
    padding: 0.05,
    x: { domain: months, axis: 'top', label: 'Months since the first purchase →', tickSize: 0 },
    y: { domain: cohorts, label: 'First purchase', tickSize: 0 },
    color: { type: 'linear', scheme: 'blues', domain: [0, highest], range: [0.12, 1], legend: false },
    marks: [
      Plot.cell(first, {
        x: 'monthsSince',
        y: 'cohort',
        fill: '#e4e7ec',
        fillOpacity: opacity,
        title: (cell: CohortCell) => `${cell.cohort}: ${formatCount(cell.size)} new customers${partialTitle(cell)}`,
      }),
      Plot.cell(later, {
        x: 'monthsSince',
        y: 'cohort',
        fill: 'retention',
        fillOpacity: opacity,
        title: (cell: CohortCell) =>
          `${cell.cohort}, month ${cell.monthsSince}: ${formatCount(cell.customers)} of ${formatCount(cell.size)} bought (${(100 * cell.retention).toFixed(1)}%)${partialTitle(cell)}`,
      }),
      cohorts.length <= LABEL_LIMIT && months.length <= LABEL_LIMIT && (width - COHORT_MARGIN_LEFT - 20) / months.length >= LEAST_LABELLED_CELL_PX
        ? Plot.text(cells, {
            x: 'monthsSince',
            y: 'cohort',
            text: cohortLabel,
            fontSize: 10,
            fill: (cell: CohortCell) => (cell.monthsSince > 0 && !cell.partial && cell.retention > 0.6 * highest ? 'white' : '#1d2430'),
          })
        : null,
      // Wrapped to the chart's width (Plot counts a line in ems), so that a phone shows all of it.
      note ? Plot.text([note], { frameAnchor: 'bottom-left', textAnchor: 'start', dy: 26, fontSize: 11, fill: '#5b6472', lineWidth: noteEms, lineAnchor: 'top' }) : null,
    ],
  };
}

/** Months counted from year 0, so that two 'YYYY-MM…' strings subtract to the months between them. */
function monthNumber(date: string): number {
  return 12 * Number(date.slice(0, 4)) + Number(date.slice(5, 7)) - 1;
}

function isPartialMonth(day: string): boolean {
  const [year, month, date] = day.split('-').map(Number);
  return date < new Date(Date.UTC(year, month, 0)).getUTCDate();
}
