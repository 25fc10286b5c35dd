import { moneyFormat } from '../../../src/model/shared/money-format';
import { shopCurrency } from '../../../src/model/shared/currency';
import { describe, expect, it } from 'vitest';
import { cohortCells, cohortLabel, cohortOptions, partialMonthNote, type CohortCell } from '../../../src/charts/explore/cohorts';
import { concentrationCurve, concentrationHighlights, concentrationOptions, highlightSentence } from '../../../src/charts/explore/concentration';
import { timelineOptions, timelinePoints } from '../../../src/charts/explore/customer-timeline';
import { distributionMarkers, distributionOptions } from '../../../src/charts/explore/distributions';
import { binEdges, isSkewed, planBins, roundWidth } from '../../../src/model/explore/histogram-bins';
import { rfGridLabel, rfGridOptions, rfGridTiles } from '../../../src/charts/explore/rf-grid';
import type { ConcentrationPoint, ScoreBoundary } from '../../../src/protocol/explore';

/** The data a Plot mark was given (Plot keeps it on the mark). */
const markData = (options: { marks?: unknown[] }, index: number) => (options.marks![index] as { data: unknown[] }).data;

describe('the R×F grid', () => {
  const cells = [
    { rScore: 5, fScore: 5, customers: 30, averageMonetary: 900 },
    { rScore: 1, fScore: 1, customers: 70, averageMonetary: 40.5 },
  ];

  it('lays out all 25 cells, empty ones included, with shares of all customers', () => {
    const tiles = rfGridTiles(cells);
    expect(tiles).toHaveLength(25);
    expect(tiles.find((tile) => tile.r === 5 && tile.f === 5)).toEqual({ r: 5, f: 5, customers: 30, averageMonetary: 900, share: 0.3 });
    expect(tiles.find((tile) => tile.r === 3 && tile.f === 2)).toEqual({ r: 3, f: 2, customers: 0, averageMonetary: null, share: 0 });
    expect(rfGridLabel(tiles.find((tile) => tile.r === 1 && tile.f === 1)!)).toBe('70\n⌀ 40.50');
    expect(rfGridLabel(tiles.find((tile) => tile.r === 3 && tile.f === 2)!)).toBe('–');
    // In the shop's currency when the file has one.
    expect(rfGridLabel(tiles.find((tile) => tile.r === 1 && tile.f === 1)!, moneyFormat(shopCurrency(['EUR'])))).toBe('70\n⌀ €40.50');
  });

  it('puts R 5 on top and F 5 on the right, coloured by customers', () => {
    const options = rfGridOptions(cells, 500);
    expect(options.x).toMatchObject({ domain: [1, 2, 3, 4, 5] });
    expect(options.y).toMatchObject({ domain: [5, 4, 3, 2, 1] });
    expect(options.color).toMatchObject({ domain: [0, 70] });
    expect(markData(options, 0)).toHaveLength(25);
    expect(options.height).toBe(375);
  });
});

describe('histogram bins', () => {
  it('uses a log scale only for positive, skewed measures', () => {
    expect(isSkewed({ min: 1, median: 2, max: 20 })).toBe(true);
    expect(isSkewed({ min: 1, median: 2, max: 19 })).toBe(false);
    expect(isSkewed({ min: 0, median: 2, max: 200 })).toBe(false);
    expect(planBins({ min: 3.2, median: 50, max: 9000 }, { allowLog: true, whole: false })).toEqual({ log: true, origin: 0.4, width: 0.2 });
    expect(planBins({ min: 3.2, median: 50, max: 9000 }, { allowLog: false, whole: false })).toEqual({ log: false, origin: 0, width: 500 });
  });

  it('picks round widths, at least 1 for whole numbers', () => {
    expect([0.013, 0.2, 3, 12.1, 49, 51, 0].map((raw) => roundWidth(raw, false))).toEqual([0.02, 0.2, 5, 20, 50, 100, 1]);
    expect(roundWidth(0.2, true)).toBe(1);
    expect(roundWidth(12.1, true)).toBe(20);
  });

  it('turns bin numbers back into ranges', () => {
    expect(binEdges({ log: false, origin: 0, width: 20 }, 3)).toEqual({ x0: 60, x1: 80 });
    expect(binEdges({ log: true, origin: 0, width: 0.2 }, 5)).toEqual({ x0: 10, x1: 15.8489319246 });
    expect(binEdges({ log: true, origin: 0.4, width: 0.2 }, 0)).toEqual({ x0: 2.51188643151, x1: 3.98107170553 });
  });
});

describe('distributions', () => {
  const boundaries: ScoreBoundary[] = [
    { measure: 'monetary', score: 1, customers: 2, low: 10, high: 20 },
    { measure: 'monetary', score: 2, customers: 2, low: 30, high: 40 },
    { measure: 'recency', score: 5, customers: 4, low: 1, high: 1 },
    { measure: 'recency', score: 4, customers: 3, low: 31, high: 61 },
  ];
  const tiers = { activeDays: 90, valueThreshold: 82, valuePercentile: 80 };

  it('marks where each score begins and the tier threshold of the measure', () => {
    expect(distributionMarkers('monetary', boundaries, tiers)).toEqual([
      { value: 30, label: 'M2', kind: 'score' },
      { value: 82, label: 'high value ≥ 82.00 (P80)', kind: 'tier' },
    ]);
    // Recency: a higher score has fewer days, so the line is at the start of R4 (31 days).
    expect(distributionMarkers('recency', boundaries, tiers)).toEqual([
      { value: 31, label: 'R4', kind: 'score' },
      { value: 90, label: 'active ≤ 90 d', kind: 'tier' },
    ]);
    expect(distributionMarkers('frequency', boundaries, tiers)).toEqual([]);
    expect(distributionMarkers('monetary', boundaries, tiers, moneyFormat(shopCurrency(['GBP'])))[1].label).toBe('high value ≥ £82.00 (P80)');
  });

  it('draws the bins on a log axis when the measure is skewed', () => {
    const bins = [{ x0: 1, x1: 1.58, customers: 5 }, { x0: 10, x1: 15.8, customers: 1 }];
    const markers = [{ value: 0, label: 'zero', kind: 'score' as const }, { value: 12, label: 'M2', kind: 'score' as const }];
    const options = distributionOptions({ measure: 'monetary', log: true, min: 1, median: 1, max: 15, bins }, markers);
    expect(options.x).toMatchObject({ type: 'log', label: 'Spend per customer (log scale) →' });
    expect(markData(options, 0)).toEqual(bins);
    // A marker at 0 cannot sit on a log axis and is left out.
    expect(markData(options, 2)).toEqual([{ value: 12, label: 'M2', kind: 'score' }]);
    const linear = distributionOptions({ measure: 'recency', log: false, min: 0, median: 5, max: 40, bins }, markers);
    expect(linear.x).toMatchObject({ type: 'linear' });
    // The money axis says the currency; the others do not.
    const euros = moneyFormat(shopCurrency(['EUR']));
    expect(distributionOptions({ measure: 'monetary', log: true, min: 1, median: 1, max: 15, bins }, markers, 380, euros).x).toMatchObject({ label: 'Spend per customer (EUR) (log scale) →' });
    expect(distributionOptions({ measure: 'recency', log: false, min: 0, median: 5, max: 40, bins }, markers, 380, euros).x).toMatchObject({ label: 'Days since the last purchase →' });
    expect(markData(linear, 2)).toHaveLength(2);
  });
});

describe('revenue concentration', () => {
  const shares: Record<number, number> = { 1: 0.11, 10: 0.35, 20: 0.5, 50: 0.8, 100: 1 };
  const points: ConcentrationPoint[] = [1, 10, 20, 50, 100].map((percent) => ({
    percent,
    customers: percent,
    customerShare: percent / 100,
    revenueShare: shares[percent],
  }));

  it('starts the curve at the origin and reads the top 1, 10, 20 and 50%', () => {
    expect(concentrationCurve(points).slice(0, 2)).toEqual([{ customerShare: 0, revenueShare: 0 }, { customerShare: 0.01, revenueShare: 0.11 }]);
    expect(concentrationHighlights(points).map((h) => h.percent)).toEqual([1, 10, 20, 50]);
    expect(highlightSentence({ percent: 20, customers: 1234, revenueShare: 0.6512 })).toBe('Top 20% (1,234 customers): 65.1% of revenue');
  });

  it('plots shares on fixed 0–100% axes', () => {
    const options = concentrationOptions(points);
    expect(options.x).toMatchObject({ domain: [0, 100], percent: true }); // percent: true scales the 0–1 shares to 0–100
    expect(options.y).toMatchObject({ domain: [0, 100], percent: true });
    expect(markData(options, 2)).toHaveLength(6);
  });
});

describe('cohort retention', () => {
  // The data end on 9 March 2011: nobody of 2010-12 bought in February or March, nobody of 2011-01 in February.
  const dataEnd = '2011-03-09';
  const rows = [
    { cohort: '2010-12', monthsSince: 0, customers: 4, dataEnd: dataEnd },
    { cohort: '2010-12', monthsSince: 1, customers: 1, dataEnd: dataEnd },
    { cohort: '2011-01', monthsSince: 0, customers: 10, dataEnd: dataEnd },
    { cohort: '2011-01', monthsSince: 2, customers: 3, dataEnd: dataEnd },
  ];

  it('divides each month by the size of its cohort, shows 0% for months without buyers and nothing after the data', () => {
    expect(cohortCells(rows).map((cell) => [cell.cohort, cell.monthsSince, cell.customers, cell.size, cell.retention, cell.partial])).toEqual([
      ['2010-12', 0, 4, 4, 1, false],
      ['2010-12', 1, 1, 4, 0.25, false],
      ['2010-12', 2, 0, 4, 0, false],
      ['2010-12', 3, 0, 4, 0, true],
      ['2011-01', 0, 10, 10, 1, false],
      ['2011-01', 1, 0, 10, 0, false],
      ['2011-01', 2, 3, 10, 0.3, true],
    ]);
    expect(cohortCells(rows).map(cohortLabel)).toEqual(['4', '25%', '0%', '0%', '10', '0%', '30%']);
    expect(cohortCells([])).toEqual([]);
  });

  it('marks the last month as partial unless the data reach its last day', () => {
    expect(partialMonthNote(rows)).toBe('The last month, 2011-03, is partial (data end 2011-03-09): its cells, the last of each row, are paler.');
    const until = (day: string) => rows.map((row) => ({ ...row, dataEnd: day }));
    expect(cohortCells(until('2011-03-31')).filter((cell) => cell.partial)).toEqual([]);
    expect(partialMonthNote(until('2011-03-31'))).toBeNull();
    expect(partialMonthNote([{ cohort: '2012-02', monthsSince: 0, customers: 1, dataEnd: '2012-02-29' }])).toBeNull();
    expect(partialMonthNote([{ cohort: '2012-02', monthsSince: 0, customers: 1, dataEnd: '2012-02-28' }])).toMatch(/^The last month, 2012-02, is partial/);
    expect(partialMonthNote([])).toBeNull();
  });

  it('shades later months by retention, on a scale of the later months only, with the partial month paler', () => {
    const options = cohortOptions(rows);
    expect(options.x).toMatchObject({ domain: [0, 1, 2, 3] });
    expect(options.y).toMatchObject({ domain: ['2010-12', '2011-01'] });
    expect(options.color).toMatchObject({ domain: [0, 0.3] });
    expect(markData(options, 0)).toHaveLength(2);
    expect(markData(options, 1)).toHaveLength(5);
    expect(markData(options, 2)).toHaveLength(7);
    expect(markData(options, 3)).toEqual([partialMonthNote(rows)]);
    const opacity = (options.marks![1] as unknown as { channels: { fillOpacity: { value: (cell: CohortCell) => number } } }).channels.fillOpacity.value;
    expect(cohortCells(rows).map(opacity)).toEqual([1, 1, 1, 0.45, 1, 1, 0.45]);
  });

  it('draws no per-cell figures when there are more than 24 cohorts, only colour and tooltips', () => {
    // 30 monthly cohorts from 2009-01, data to 2011-06: the first has 30 months, the last one.
    const many = Array.from({ length: 30 }, (_, index) => ({
      cohort: `${2009 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
      monthsSince: 0,
      customers: 5,
      dataEnd: '2011-06-15',
    }));
    expect(cohortCells(many)).toHaveLength((30 * 31) / 2);
    const options = cohortOptions(many);
    expect(options.x).toMatchObject({ domain: Array.from({ length: 30 }, (_, index) => index) });
    expect(options.marks![2]).toBeNull();
    expect(options.marks![1]).toMatchObject({ channels: { title: expect.anything() } });
  });
});

describe('a customer timeline', () => {
  it('places invoices in time order, in UTC', () => {
    const invoices = [
      { invoice: 'B', invoicedAt: '2011-02-03 09:30', lines: 2, quantity: 5, amount: 20 },
      { invoice: 'A', invoicedAt: '2010-12-01 08:26', lines: 1, quantity: 1, amount: 5.5 },
    ];
    expect(timelinePoints(invoices).map((point) => [point.invoice, point.date.toISOString(), point.amount])).toEqual([
      ['A', '2010-12-01T08:26:00.000Z', 5.5],
      ['B', '2011-02-03T09:30:00.000Z', 20],
    ]);
    const options = timelineOptions(invoices, '2011-03-01');
    expect(options.x).toMatchObject({ type: 'utc' });
    expect(options.y).toMatchObject({ label: '↑ invoice total' });
    expect(timelineOptions(invoices, '2011-03-01', 720, moneyFormat(shopCurrency(['JPY']))).y).toMatchObject({ label: '↑ invoice total (JPY)' });
    expect(markData(options, 3)).toEqual([new Date('2011-03-01T00:00:00Z')]);
  });
});
