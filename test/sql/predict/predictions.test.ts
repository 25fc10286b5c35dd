import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { readCustomerHistories } from '../../../src/engine/predict/customer-histories';
import { exportCustomersCsv } from '../../../src/engine/export/export-customers';
import { customerDetail, customerPage } from '../../../src/engine/explore/customer-explorer';
import { loadOrders } from '../../../src/engine/load/load-orders';
import { Predictor } from '../../../src/engine/predict/predictor';
import { CREATE_PURCHASE_DAYS } from '../../../src/engine/predict/sql/purchase-days';
import type { LoadResult } from '../../../src/protocol/load';
import { addDays } from '../../../src/model/shared/iso-date';
import { summariseRepeatPurchases } from '../../../src/model/predict/repeat-summary';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { DEFAULT_RFM_RULES } from '../../../src/model/segments/rfm-segments';
import { parseExport } from '../../support/expected-results';
import { tierParams } from '../../support/tier-params';
import { regularBuyersCsv } from '../../support/regular-buyers';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

// Cutoff 2011-01-31. ann buys on Jan 1 (two invoices, one purchase day worth 20), Jan 11 and Jan 31,
// then on Feb 15 (within 30 days) and Apr 1; bob on Jan 20 and takes a free item on Jan 26 (a
// purchase day worth 0; his zero-quantity line and negative-price line are not purchases); dan only
// takes a free item; cat buys only after the cutoff.
const PAID_HISTORIES = `${HEADER}
1,A,X,1,1/1/2011 9:00,10.00,ann,UK
2,A,X,2,1/1/2011 15:00,5.00,ann,UK
3,A,X,1,1/11/2011 9:00,30.00,ann,UK
4,A,X,1,1/31/2011 9:00,50.00,ann,UK
5,A,X,1,2/15/2011 9:00,7.00,ann,UK
6,A,X,1,4/1/2011 9:00,8.00,ann,UK
7,A,X,1,1/20/2011 9:00,12.00,bob,UK
8,A,X,1,2/5/2011 9:00,9.00,cat,UK
9,A,X,0,1/25/2011 9:00,9.00,bob,UK
`;
const HISTORIES = `${PAID_HISTORIES}10,A,X,1,1/26/2011 9:00,0.00,bob,UK
11,A,X,1,1/28/2011 9:00,-5.00,bob,UK
12,A,X,1,1/30/2011 9:00,0.00,dan,UK
`;

async function loaded(csv: string): Promise<{ db: Connector; result: LoadResult }> {
  const db = await nativeConnector();
  const result = await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
  return { db, result };
}

/** The page's default tier rules (value-activity, P80 and 90 days), resolved over the file. */
const segmentFor = (db: Connector, result: LoadResult, referenceDate = result.defaultReferenceDate) => tierParams(db, referenceDate);
const settings = (calibrationEnd: string, monthlyDiscountRate = 0.01) => ({ calibrationEnd, unit: 'weeks' as const, monthlyDiscountRate });

describe('customer histories in SQL', () => {
  it('counts purchase days up to a cutoff and after it, as hand-checked', async () => {
    const { db } = await loaded(HISTORIES);
    await db.query(CREATE_PURCHASE_DAYS);
    const histories = await readCustomerHistories(db, '2011-01-31', '2011-04-30');
    expect(histories.customerIds).toEqual(['ann', 'bob', 'dan']);
    expect({
      x: Array.from(histories.x), txDays: Array.from(histories.txDays), tDays: Array.from(histories.tDays),
      zbar: Array.from(histories.zbar), totalValue: Array.from(histories.totalValue), lastGapDays: Array.from(histories.lastGapDays),
      recentPurchaseDays: Array.from(histories.recentPurchaseDays), nextPurchaseDays: Array.from(histories.nextPurchaseDays),
      laterPurchaseDays: Array.from(histories.laterPurchaseDays),
    }).toEqual({
      x: [2, 1, 0], txDays: [30, 6, 0], tDays: [30, 11, 1],
      zbar: [40, 0, 0], totalValue: [100, 12, 0], lastGapDays: [20, 6, Number.NaN],
      recentPurchaseDays: [3, 2, 1], nextPurchaseDays: [1, 0, 0],
      laterPurchaseDays: [2, 0, 0],
    });
  });

  it('agrees with summariseRepeatPurchases on every customer of the sample', async () => {
    const { db, result } = await loaded(sampleOrdersCsv());
    await db.query(CREATE_PURCHASE_DAYS);
    const calibrationEnd = addDays(result.lastDate, -90);
    const histories = await readCustomerHistories(db, calibrationEnd, result.lastDate);
    const lines = await db.query<{ customer_id: string; day: number; value: number }>(
      `SELECT customer_id, (invoiced_at::DATE - DATE '1970-01-01')::INTEGER AS day, (quantity * unit_price)::DOUBLE AS value
       FROM order_lines WHERE reason = 'kept' OR (reason = 'non_positive_price' AND unit_price = 0)`,
    );
    const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    const summary = summariseRepeatPurchases(
      lines.map((line) => ({ customerId: line.customer_id, day: line.day, value: line.value })),
      { calibrationEnd: dayOf(calibrationEnd), holdoutEnd: dayOf(result.lastDate), unit: 'days' },
    );
    const index = new Map(summary.customerIds.map((id, i) => [id, i]));
    expect(histories.customerIds.length).toBe(summary.customerIds.length);
    expect(histories.customerIds.length).toBeGreaterThan(800);
    histories.customerIds.forEach((id, i) => {
      const j = index.get(id)!;
      expect([histories.x[i], histories.txDays[i], histories.tDays[i], histories.laterPurchaseDays[i]], id).toEqual([
        summary.x[j], summary.tx[j], summary.T[j], summary.holdoutX[j],
      ]);
      expect(histories.zbar[i]).toBeCloseTo(summary.zbar[j], 6);
    });
  });
});

describe('the prediction pipeline on the sample', () => {
  let db: Connector;
  let result: LoadResult;
  beforeAll(async () => {
    ({ db, result } = await loaded(sampleOrdersCsv()));
  });

  it('leaves the prediction columns empty until the models have run', async () => {
    const rows = parseExport(await exportCustomersCsv(db, await segmentFor(db, result), DEFAULT_RFM_RULES));
    const first = [...rows.values()][0];
    expect([first.p_alive, first.p_churn_30d, first.expected_purchases_90d, first.clv_12m]).toEqual(['', '', '', '']);
  });

  it('fits, validates and writes a prediction for every customer', async () => {
    const predictor = new Predictor(db);
    const run = await predictor.predict(await segmentFor(db, result), settings(addDays(result.lastDate, -90)), 10);
    const { validation, current } = run;
    expect(validation.problems).toEqual([]);
    expect(validation.fits?.bgnbd.converged).toBe(true);
    expect(validation.fits?.gammaGamma.converged).toBe(true);
    expect(validation.holdoutDays).toBe(90);
    expect(validation.holdout!.groups.map((group) => group.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7+']);
    expect(validation.holdout!.groups.reduce((sum, group) => sum + group.customers, 0)).toBe(validation.customers);
    // Predicted and actual holdout purchases agree in total to within 10% on this data.
    expect(Math.abs(validation.holdout!.predictedTotal / validation.holdout!.actualTotal - 1)).toBeLessThan(0.1);
    expect(validation.churn!.methods.map((method) => method.method)).toEqual(['static_rule', 'bgnbd', 'classifier']);
    for (const method of validation.churn!.methods) {
      expect(method.auc, method.method).toBeGreaterThan(0.6);
      expect(method.auc!).toBeLessThanOrEqual(1);
    }
    expect(current.customers).toBe(result.customers);
    expect(current.fits?.bgnbd.customers).toBe(result.customers);
    expect(current.lostValue!.rows).toHaveLength(10);
    const lost = current.lostValue!.rows.map((row) => row.expectedLostValue);
    expect(lost).toEqual([...lost].sort((a, b) => b - a));

    // NULL (a prediction that could not be computed) counts as bad too.
    const [table] = await db.query<{ rows: number; bad: number }>(`
      SELECT count(*)::INTEGER AS rows,
             count(*) FILTER (WHERE NOT coalesce(p_alive BETWEEN 0 AND 1 AND p_churn_30d BETWEEN 0 AND 1 AND clv_12m >= 0
               AND expected_order_value > 0
               AND expected_purchases_30d <= expected_purchases_90d AND expected_purchases_90d <= expected_purchases_365d, false))::INTEGER AS bad
      FROM customer_predictions`);
    expect(table).toEqual({ rows: result.customers, bad: 0 });
    expect(current.unpredictable).toBe(0);
    expect(current.lostValue!.customers).toBe(result.customers);

    // The panel's first sentence, added up here from the table row by row.
    const predictions = await db.query<{ p_churn_30d: number; clv_12m: number }>('SELECT p_churn_30d, clv_12m FROM customer_predictions');
    const unlikely = predictions.filter((row) => row.p_churn_30d > 0.5).length;
    expect(unlikely).toBeGreaterThan(0);
    expect(unlikely).toBeLessThan(result.customers);
    expect(current.outlook).toEqual({
      unlikelyToBuy30d: unlikely,
      predicted: result.customers,
      expectedValue12m: expect.closeTo(predictions.reduce((sum, row) => sum + row.clv_12m, 0), 4),
    });
  });

  it('exports the predictions after every other column', async () => {
    const text = await exportCustomersCsv(db, await segmentFor(db, result), DEFAULT_RFM_RULES);
    expect(text.split('\r\n')[0].endsWith(',p_alive,p_churn_30d,expected_purchases_90d,clv_12m,next_order_date,expected_order_value')).toBe(true);
    const [stored] = await db.query<{ customer_id: string; p_alive: number; clv_12m: number }>(
      'SELECT customer_id, p_alive, clv_12m FROM customer_predictions ORDER BY clv_12m DESC LIMIT 1',
    );
    const row = parseExport(text).get(stored.customer_id)!;
    expect(row.p_alive).toBe(stored.p_alive.toFixed(4));
    expect(row.clv_12m).toBe(stored.clv_12m.toFixed(2));
  });

  it('exports each customer’s next order: the median wait given alive from the fit, or empty when P(alive) < 0.3', async () => {
    const segment = await segmentFor(db, result);
    const { current } = await new Predictor(db).predict(segment, settings(addDays(result.lastDate, -90)), 5);
    const { r, alpha } = current.fits!.bgnbd;
    const histories = await readCustomerHistories(db, current.observationEnd, current.observationEnd);
    const rows = parseExport(await exportCustomersCsv(db, segment, DEFAULT_RFM_RULES));
    const [stored] = await db.query<{ customer_id: string; expected_order_value: number }>(
      'SELECT customer_id, expected_order_value FROM customer_predictions ORDER BY customer_id LIMIT 1',
    );
    expect(rows.get(stored.customer_id)!.expected_order_value).toBe(stored.expected_order_value.toFixed(2));
    let unlikely = 0;
    histories.customerIds.forEach((id, i) => {
      const row = rows.get(id)!;
      // Weeks, as the fit counts: (α + T)(2^(1/(r + x)) − 1), then whole days after the last day of data.
      const weeks = (alpha + histories.tDays[i] / 7) * (2 ** (1 / (r + histories.x[i])) - 1);
      const expected = Number(row.p_alive) < 0.3 ? '' : addDays(current.observationEnd, Math.max(1, Math.ceil(weeks * 7)));
      if (expected === '') unlikely++;
      expect(row.next_order_date, id).toBe(expected);
    });
    expect(unlikely).toBeGreaterThan(0);
    expect(unlikely).toBeLessThan(histories.customerIds.length);

    // The explorer shows the same, and sorts by it: the soonest first, the unlikely last.
    const query = { segmentation: 'tiers', segment: null, search: '', sort: 'nextOrderDate', direction: 'asc', limit: 1000, offset: 0, countAll: false } as const;
    const page = await customerPage(db, segment, DEFAULT_RFM_RULES, query);
    const dates = page.rows.map((row) => row.nextOrderDate);
    expect(page.rows.map((row) => row.nextOrderDate ?? '')).toEqual(page.rows.map((row) => rows.get(row.customerId)!.next_order_date));
    const dated = dates.filter((date) => date !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((date) => date === null)).toBe(true);
    const { customer } = await customerDetail(db, segment, DEFAULT_RFM_RULES, page.rows[0].customerId);
    expect(customer!.expectedOrderValue!.toFixed(2)).toBe(rows.get(page.rows[0].customerId)!.expected_order_value);
  });

  it('re-values customers for a new discount rate without refitting', async () => {
    const predictor = new Predictor(db);
    const calibrationEnd = addDays(result.lastDate, -90);
    const low = await predictor.predict(await segmentFor(db, result), settings(calibrationEnd, 0), 5);
    const [lowTotal] = await db.query<{ clv: number }>('SELECT sum(clv_12m)::DOUBLE AS clv FROM customer_predictions');
    const high = await predictor.predict(await segmentFor(db, result), settings(calibrationEnd, 0.05), 5);
    const [highTotal] = await db.query<{ clv: number }>('SELECT sum(clv_12m)::DOUBLE AS clv FROM customer_predictions');
    expect(high.current.fits).toBe(low.current.fits);
    expect(high.validation.fits).toBe(low.validation.fits);
    expect(highTotal.clv).toBeLessThan(lowTotal.clv);
  });

  it('says so when nobody bought in the holdout', async () => {
    // A reference date two months after the data: the holdout after the calibration end is silent.
    const referenceDate = addDays(result.lastDate, 61);
    const run = await new Predictor(db).predict(await segmentFor(db, result, referenceDate), settings(addDays(result.lastDate, 10)), 5);
    expect(run.validation.problems).toEqual([expect.stringMatching(/^Nobody bought in the holdout .*move the calibration end earlier/)]);
    expect(run.validation.churn).toBeNull();
    expect(run.current.fits?.bgnbd.converged).toBe(true);
  });

  it('needs a holdout after the calibration end, and 30 days of it for churn', async () => {
    const predictor = new Predictor(db);
    const none = await predictor.predict(await segmentFor(db, result), settings(result.lastDate), 5);
    expect(none.validation.problems).toEqual([expect.stringMatching(/must be before the last day of data/)]);
    const short = await predictor.predict(await segmentFor(db, result), settings(addDays(result.lastDate, -20)), 5);
    expect(short.validation.holdout).not.toBeNull();
    expect(short.validation.churn).toBeNull();
    expect(short.validation.problems).toEqual([expect.stringMatching(/^The holdout is 20 days long/)]);
  });

  it('stops a run that a newer one has replaced', async () => {
    const predictor = new Predictor(db);
    const segment = await segmentFor(db, result);
    const older = predictor.predict(segment, settings(addDays(result.lastDate, -60)), 5);
    const newer = predictor.predict(segment, settings(addDays(result.lastDate, -120)), 5);
    await expect(older).rejects.toThrow(/replaced by a newer request/);
    expect((await newer).validation.calibrationEnd).toBe(addDays(result.lastDate, -120));
  });
});

describe('too little data', () => {
  it('says so instead of fitting when fewer than two customers came back', async () => {
    const { db, result } = await loaded(PAID_HISTORIES);
    const run = await new Predictor(db).predict(await segmentFor(db, result), settings('2011-01-31'), 5);
    expect(run.validation.fits).toBeNull();
    expect(run.validation.problems.join(' ')).toMatch(/Too little data up to the calibration end \(2011-01-31\): only one customer bought on more than one day/);
    expect(run.current.fits).toBeNull();
    expect(run.current.lostValue).toBeNull();
    expect(run.current.outlook).toBeNull();
    expect(await db.query('SELECT * FROM customer_predictions')).toEqual([]);
  });
});

describe('a fit that does not converge', () => {
  it('reports why and writes no predictions', async () => {
    const { db, result } = await loaded(regularBuyersCsv().csv);
    const run = await new Predictor(db).predict(await segmentFor(db, result), settings('2011-10-01'), 5);
    expect(run.validation.fits?.bgnbd.converged).toBe(false);
    expect(run.validation.holdout).toBeNull();
    expect(run.validation.problems[0]).toMatch(/^BG\/NBD did not converge on the calibration period \(.+ran to its bound/);
    expect(run.validation.churn!.methods.find((method) => method.method === 'bgnbd')!.unavailable).toMatch(/did not converge/);
    expect(run.current.problems[0]).toMatch(/^BG\/NBD did not converge on all data/);
    expect(run.current.lostValue).toBeNull();
    expect(run.current.outlook).toBeNull();
    expect(await db.query('SELECT * FROM customer_predictions')).toEqual([]);
  });
});
