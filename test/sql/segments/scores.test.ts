import { describe, expect, it } from 'vitest';
import { cohortCells } from '../../../src/charts/explore/cohorts';
import { chartData } from '../../../src/engine/explore/chart-data';
import { customerDetail, customerPage } from '../../../src/engine/explore/customer-explorer';
import { exportCustomersCsv } from '../../../src/engine/export/export-customers';
import { loadOrders } from '../../../src/engine/load/load-orders';
import type { CustomerQuery } from '../../../src/protocol/explore';
import { rfmCells } from '../../../src/engine/segments/rfm-cells';
import { CREATE_CUSTOMER_SCORES } from '../../../src/engine/segments/sql/scores';
import { DEFAULT_RFM_RULES, moveRuleUp } from '../../../src/model/segments/rfm-segments';
import { rfmView } from '../../../src/model/segments/rfm-totals';
import { parseExport } from '../../support/expected-results';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { tierParams } from '../../support/tier-params';
import { TIED_CUSTOMERS_CSV } from '../../support/rfm-fixture';

const REFERENCE_DATE = '2011-01-01';

/** The tied customers loaded, and the default tier rules (P80, 90 days) resolved over them for 2011-01-01. */
async function loadFixture() {
  const db = await nativeConnector();
  const loaded = await loadOrders(db, { source: writeFixture('tied.csv', TIED_CUSTOMERS_CSV), fileName: 'tied.csv' });
  return { db, loaded, params: await tierParams(db, REFERENCE_DATE) };
}

async function scoresOf(db: Awaited<ReturnType<typeof nativeConnector>>) {
  const rows = await db.query<{ customer_id: string; r_score: number; f_score: number; m_score: number }>(
    'SELECT customer_id, r_score, f_score, m_score FROM customers ORDER BY customer_id',
  );
  return Object.fromEntries(rows.map((row) => [row.customer_id, `${row.r_score}${row.f_score}${row.m_score}`]));
}

describe('RFM scores in SQL', () => {
  it('gives tied values the same score and spreads a skewed frequency (hand-checked)', async () => {
    const { db, loaded } = await loadFixture();
    expect(loaded.defaultReferenceDate).toBe('2011-01-01');
    expect(await scoresOf(db)).toEqual({
      A01: '411', A02: '411', A03: '442', A04: '412', A05: '313',
      A06: '253', A07: '214', A08: '244', A09: '155', A10: '115',
    });
  });

  it('gives every customer score 1 when all values are equal, and quintiles when none are', async () => {
    const db = await nativeConnector();
    await db.query(`CREATE TABLE customers AS SELECT 'c' || i AS customer_id, DATE '2010-01-01' AS last_purchase_date,
      3 AS frequency, (i * 1.5)::DECIMAL(38, 2) AS monetary FROM range(1, 11) AS t(i)`);
    await db.query(CREATE_CUSTOMER_SCORES);
    const rows = await db.query<{ r: number; f: number; m: number }>(
      `SELECT list(DISTINCT r_score)::VARCHAR AS r, list(DISTINCT f_score)::VARCHAR AS f,
              string_agg(m_score::VARCHAR, '' ORDER BY monetary) AS m
       FROM customers`,
    );
    expect(rows).toEqual([{ r: '[1]', f: '[1]', m: '1122334455' }]);
  });

  it('shows the values each score covers', async () => {
    const { db } = await loadFixture();
    const { boundaries } = await chartData(db, REFERENCE_DATE);
    const of = (measure: string) => boundaries.filter((row) => row.measure === measure).map(({ score, customers, low, high }) => [score, customers, low, high]);
    // Recency in days before 2011-01-01: a higher score has fewer days; nobody has R = 5.
    expect(of('recency')).toEqual([[1, 2, 214, 365], [2, 3, 61, 92], [3, 1, 31, 31], [4, 4, 1, 1]]);
    expect(of('frequency')).toEqual([[1, 6, 1, 1], [4, 2, 2, 2], [5, 2, 3, 7]]);
    expect(of('monetary')).toEqual([[1, 2, 10, 20], [2, 2, 30, 40], [3, 2, 50, 60], [4, 2, 70, 80], [5, 2, 90, 100]]);
  });
});

describe('named RFM segments in SQL', () => {
  it('applies the default rules, first match wins, gaps in Others', async () => {
    const { db } = await loadFixture();
    const view = rfmView(await rfmCells(db), DEFAULT_RFM_RULES);
    const nonEmpty = view.totals.filter((row) => row.customers > 0);
    expect(nonEmpty).toEqual([
      { segment: 'loyal_customers', customers: 2, revenue: 140 },
      { segment: 'potential_loyalist', customers: 4, revenue: 120 },
      { segment: 'at_risk', customers: 1, revenue: 90 },
      { segment: 'others', customers: 3, revenue: 200 },
    ]);
    expect(view.totals).toHaveLength(12);
  });

  it('moves customers when a rule changes', async () => {
    const { db } = await loadFixture();
    const cells = await rfmCells(db);
    // A03 (R4 F4 M2) is in Others; widening Champions' M to 2–5 makes it a Champion.
    const rules = DEFAULT_RFM_RULES.map((rule) => (rule.segment === 'champions' ? { ...rule, m: { min: 2, max: 5 } } : rule));
    const view = rfmView(cells, rules);
    expect(view.totals.find((row) => row.segment === 'champions')).toEqual({ segment: 'champions', customers: 1, revenue: 30 });
    expect(view.totals.find((row) => row.segment === 'others')).toEqual({ segment: 'others', customers: 2, revenue: 170 });
    // New Customers before Potential Loyalist: A01 and A02 (R4 F1 M1) become New Customers.
    const reordered = rfmView(cells, moveRuleUp(moveRuleUp(DEFAULT_RFM_RULES, 'new_customers'), 'new_customers'));
    expect(reordered.totals.find((row) => row.segment === 'new_customers')).toEqual({ segment: 'new_customers', customers: 2, revenue: 30 });
  });

  it('adds up the score cells to every customer and all revenue, to the cent', async () => {
    const { db } = await loadFixture();
    const cells = await rfmCells(db);
    expect(cells.reduce((sum, cell) => sum + cell.customers, 0)).toBe(10);
    expect(cells.reduce((sum, cell) => sum + cell.revenueCents, 0)).toBe(55_000);
    expect(cells.every((cell) => Number.isInteger(cell.revenueCents))).toBe(true);
  });

  it('refuses a rule table that is not well formed where rules cross into the worker', async () => {
    const { db, params } = await loadFixture();
    await expect(exportCustomersCsv(db, params, DEFAULT_RFM_RULES.slice(1))).rejects.toThrow('invalid rules');
    const inverted = DEFAULT_RFM_RULES.map((rule, index) => (index === 0 ? { ...rule, r: { min: 5, max: 4 } } : rule));
    await expect(exportCustomersCsv(db, params, inverted)).rejects.toThrow('invalid r range for champions: 5–4');
  });

  it('exports the scores and named segment after the tier columns, biggest spenders first', async () => {
    const { db, params } = await loadFixture();
    const text = await exportCustomersCsv(db, params, DEFAULT_RFM_RULES);
    const [header] = text.split('\r\n');
    // The prediction columns (issue 5) may follow the RFM ones.
    expect(`${header},`.startsWith('customer_id,recency_days,frequency,monetary,segment,first_purchase_date,last_purchase_date,r_score,f_score,m_score,rfm_segment,')).toBe(true);
    const rows = parseExport(text);
    expect([...rows.keys()]).toEqual(['A10', 'A09', 'A08', 'A07', 'A06', 'A05', 'A04', 'A03', 'A02', 'A01']);
    expect(rows.get('A03')).toMatchObject({ monetary: '30.00', r_score: '4', f_score: '4', m_score: '2', rfm_segment: 'others' });
    const atRisk = parseExport(await exportCustomersCsv(db, params, DEFAULT_RFM_RULES, { segmentation: 'rfm', segment: 'at_risk' }));
    expect([...atRisk.keys()]).toEqual(['A09']);
    await expect(exportCustomersCsv(db, params, DEFAULT_RFM_RULES, { segmentation: 'rfm', segment: "x' OR 1=1" as never })).rejects.toThrow('invalid rfm segment');
  });
});

describe('the customer explorer in SQL', () => {
  const query: CustomerQuery = { segmentation: 'rfm', segment: null, search: '', sort: 'monetary', direction: 'desc', limit: 3, offset: 0, countAll: true };

  it('pages, sorts, filters and searches', async () => {
    const { db, params } = await loadFixture();
    const first = await customerPage(db, params, DEFAULT_RFM_RULES, query);
    expect(first.total).toBe(10);
    expect(first.rows.map((row) => row.customerId)).toEqual(['A10', 'A09', 'A08']);
    const second = await customerPage(db, params, DEFAULT_RFM_RULES, { ...query, offset: 3, countAll: false });
    expect(second.rows.map((row) => row.customerId)).toEqual(['A07', 'A06', 'A05']);
    expect(second.total).toBeNull(); // not counted when not asked
    const others = await customerPage(db, params, DEFAULT_RFM_RULES, { ...query, segment: 'others', sort: 'customerId', direction: 'asc' });
    expect(others).toMatchObject({ total: 3, rows: [{ customerId: 'A03' }, { customerId: 'A07' }, { customerId: 'A10' }] });
    const found = await customerPage(db, params, DEFAULT_RFM_RULES, { ...query, search: 'a1' });
    expect(found.total).toBe(1);
    expect(found.rows[0]).toMatchObject({ customerId: 'A10', recencyDays: 365, frequency: 1, monetary: 100, rScore: 1, fScore: 1, mScore: 5, rfmSegment: 'others' });
    const byRecency = await customerPage(db, params, DEFAULT_RFM_RULES, { ...query, sort: 'recencyDays', direction: 'asc', limit: 5 });
    expect(byRecency.rows.map((row) => row.customerId)).toEqual(['A01', 'A02', 'A03', 'A04', 'A05']);
    const tiers = await customerPage(db, params, DEFAULT_RFM_RULES, { ...query, segmentation: 'tiers', segment: 'champion' });
    // P80 of the ten is 82.00: A09 (90) and A10 (100) are high value, but bought over 90 days ago.
    expect(tiers.total).toBe(0);
  });

  it('refuses a sort or segment from outside its list', async () => {
    const { db, params } = await loadFixture();
    await expect(customerPage(db, params, DEFAULT_RFM_RULES, { ...query, sort: 'monetary; DROP TABLE customers' as never })).rejects.toThrow('invalid sort');
    await expect(customerPage(db, params, DEFAULT_RFM_RULES, { ...query, direction: 'sideways' as never })).rejects.toThrow('invalid sort direction');
    await expect(customerPage(db, params, DEFAULT_RFM_RULES, { ...query, segment: 'champion' })).rejects.toThrow('invalid rfm segment');
    await expect(customerPage(db, params, DEFAULT_RFM_RULES, { ...query, limit: 0 })).rejects.toThrow('invalid limit');
  });

  it("opens one customer's invoices, newest first, and the lines left out", async () => {
    const { db, params } = await loadFixture();
    const detail = await customerDetail(db, params, DEFAULT_RFM_RULES, 'A09');
    expect(detail.customer).toMatchObject({ customerId: 'A09', frequency: 7, monetary: 90, rfmSegment: 'at_risk' });
    expect(detail.invoiceCount).toBe(7);
    expect(detail.invoices.map((row) => [row.invoicedAt, row.amount])).toEqual([
      ['2010-06-01 10:00', 84], ['2010-05-20 10:00', 1], ['2010-05-05 10:00', 1], ['2010-04-05 10:00', 1],
      ['2010-03-05 10:00', 1], ['2010-02-05 10:00', 1], ['2010-01-05 10:00', 1],
    ]);
    expect(detail.excluded).toEqual([{ reason: 'cancelled', lines: 1 }]);
    expect((await customerDetail(db, params, DEFAULT_RFM_RULES, 'nobody')).customer).toBeNull();
  });
});

describe('chart aggregations in SQL', () => {
  it('counts the R×F grid, the distributions, the concentration and the cohorts (hand-checked)', async () => {
    const { db } = await loadFixture();
    const charts = await chartData(db, REFERENCE_DATE);
    expect(charts.grid.map(({ rScore, fScore, customers, averageMonetary }) => [rScore, fScore, customers, averageMonetary])).toEqual([
      [1, 1, 1, 100], [1, 5, 1, 90], [2, 1, 1, 70], [2, 4, 1, 80], [2, 5, 1, 60], [3, 1, 1, 50], [4, 1, 3, 70 / 3], [4, 4, 1, 30],
    ]);
    const bins = (measure: string) => charts.distributions.find((row) => row.measure === measure)!;
    // Recency 1,1,1,1,31,61,61,92,214,365 days: 20-day bins from 0.
    expect(bins('recency')).toMatchObject({ log: false, min: 1, max: 365 });
    expect(bins('recency').bins).toEqual([
      { x0: 0, x1: 20, customers: 4 }, { x0: 20, x1: 40, customers: 1 }, { x0: 60, x1: 80, customers: 2 },
      { x0: 80, x1: 100, customers: 1 }, { x0: 200, x1: 220, customers: 1 }, { x0: 360, x1: 380, customers: 1 },
    ]);
    expect(bins('frequency').bins).toEqual([
      { x0: 1, x1: 2, customers: 6 }, { x0: 2, x1: 3, customers: 2 }, { x0: 3, x1: 4, customers: 1 }, { x0: 7, x1: 8, customers: 1 },
    ]);
    expect(bins('monetary').bins.map((bin) => bin.x0)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    const share = (percent: number) => charts.concentration.find((row) => row.percent === percent)!;
    expect(charts.concentration).toHaveLength(100);
    expect(share(10)).toEqual({ percent: 10, customers: 1, customerShare: 0.1, revenueShare: 100 / 550 });
    expect(share(15).customers).toBe(2);
    expect(share(20).revenueShare).toBeCloseTo(190 / 550, 12);
    expect(share(100).revenueShare).toBe(1);
    expect(charts.cohorts.map(({ cohort, monthsSince, customers }) => `${cohort}+${monthsSince}:${customers}`)).toEqual([
      '2010-01+0:3', '2010-01+1:1', '2010-01+2:1', '2010-01+3:1', '2010-01+4:2', '2010-01+5:1', '2010-01+10:1',
      '2010-09+0:1', '2010-09+1:1', '2010-10+0:1', '2010-10+2:1', '2010-11+0:1', '2010-12+0:4',
    ]);
    // The last kept invoice is on 2010-12-31, the end of its month: December is complete.
    expect(new Set(charts.cohorts.map((row) => row.dataEnd))).toEqual(new Set(['2010-12-31']));
    // Filled up to December 2010: 12 + 4 + 3 + 2 + 1 cells; 2010-01 (A06, A09, A10) has no buyer in months 6–9 and 11.
    const cells = cohortCells(charts.cohorts);
    expect(cells).toHaveLength(22);
    expect(cells.filter((cell) => cell.cohort === '2010-01').map((cell) => cell.customers)).toEqual([3, 1, 1, 1, 2, 1, 0, 0, 0, 0, 1, 0]);
    expect(cells.filter((cell) => cell.cohort === '2010-10').map((cell) => cell.customers)).toEqual([1, 0, 1]);
    expect(cells.some((cell) => cell.partial)).toBe(false);
  });

  it('bins a skewed measure on a log scale, five bins per decade', async () => {
    const db = await nativeConnector();
    const lines = ['Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country'];
    // Spend 1, 1, 1, 1, 1, 2, 3, 10, 100, 1000: the largest is 1000 times the median.
    [1, 1, 1, 1, 1, 2, 3, 10, 100, 1000].forEach((amount, index) => lines.push(`${index},S,ITEM,1,2010-12-01 10:00:00,${amount},C${index},UK`));
    await loadOrders(db, { source: writeFixture('skewed.csv', lines.join('\n')), fileName: 'skewed.csv' });
    const monetary = (await chartData(db, '2010-12-02')).distributions.find((row) => row.measure === 'monetary')!;
    expect(monetary.log).toBe(true);
    expect(monetary.bins.map(({ x0, customers }) => [x0, customers])).toEqual([[1, 5], [1.58489319246, 1], [2.51188643151, 1], [10, 1], [100, 1], [1000, 1]]);
  });
});
