/**
 * The published CDNOW fits (Fader, Hardie & Lee 2005; Fader & Hardie 2013) through the path a user's
 * file takes: the 1/10 sample's transaction log written as an Online Retail export, read and cleaned
 * by loadOrders, summarised in SQL and fitted by the worker's Predictor (on native DuckDB).
 *
 * 8 of the 2,357 customers made a single purchase worth $0.00. Cleaning keeps such lines out of the
 * RFM money figures, but the models count them as purchase days worth 0 (see purchase-days.ts), as the
 * published fit does; so the fit sees all 2,357 customers and the RFM tables 2,349.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/protocol/load';
import type { Connector } from '../../src/engine/db/connector';
import { readCustomerHistories } from '../../src/engine/predict/customer-histories';
import { loadOrders } from '../../src/engine/load/load-orders';
import { Predictor } from '../../src/engine/predict/predictor';
import type { PredictionResult } from '../../src/protocol/predict';
import { expectedPurchases, fitBgNbd } from '../../src/model/predict/models/bgnbd';
import { repeatData } from '../../src/model/predict/customer-history';
import { summariseRepeatPurchases } from '../../src/model/predict/repeat-summary';
import { tierParams } from '../support/tier-params';
import { nativeConnector, writeFixture } from '../support/native-duckdb';
import {
  CALIBRATION_END, CALIBRATION_END_DAY, PUBLISHED_BG_NBD, asOnlineRetailCsv, dayNumber, expectPublishedBgNbd, expectPublishedGammaGamma, readTransactions,
} from './cdnow-reference';

describe('CDNOW through the app’s own pipeline', () => {
  const transactions = readTransactions();
  let db: Connector;
  let loaded: LoadResult;
  let run: PredictionResult;

  beforeAll(async () => {
    db = await nativeConnector();
    loaded = await loadOrders(db, { source: writeFixture('cdnow.csv', asOnlineRetailCsv(transactions)), fileName: 'cdnow.csv' });
    const segment = await tierParams(db, loaded.defaultReferenceDate);
    run = await new Predictor(db).predict(segment, { calibrationEnd: CALIBRATION_END, unit: 'weeks', monthlyDiscountRate: 0.01 }, 10);
  });

  it('reads the whole log; the 8 purchases worth $0.00 are left out of RFM money only', () => {
    const zeroValue = transactions.filter((transaction) => Number(transaction.dollars) === 0);
    expect(zeroValue).toHaveLength(8);
    expect(loaded.counts).toMatchObject({ rows: 6919, kept: 6911, non_positive_price: 8, unreadable: 0 });
    expect(loaded.customers).toBe(2349);
    expect(loaded.lastDate).toBe('1998-06-30');
    expect(run.validation.holdoutDays).toBe(273); // 39 weeks, to 1998-06-30
  });

  it('lands on the published BG/NBD and Gamma-Gamma fits', () => {
    const { bgnbd, gammaGamma } = run.validation.fits!;
    expectPublishedBgNbd(bgnbd);
    // Equal to the published figures when rounded to 2 decimals.
    expectPublishedGammaGamma(gammaGamma, 0.005);
  });

  it('would miss the published fit if the 8 free purchases were not counted', async () => {
    // The same histories without the customers whose only purchase day is worth 0: the fit moves in
    // the third decimal, so the test above really depends on counting free purchases.
    const histories = await readCustomerHistories(db, CALIBRATION_END, loaded.lastDate);
    const paying = histories.customerIds.map((_, i) => i).filter((i) => histories.totalValue[i] > 0);
    expect(paying).toHaveLength(2349);
    const data = repeatData(histories, 'weeks');
    const fit = fitBgNbd({ x: paying.map((i) => data.x[i]), tx: paying.map((i) => data.tx[i]), T: paying.map((i) => data.T[i]) });
    expect(fit.converged).toBe(true);
    expect(Math.abs(fit.r - PUBLISHED_BG_NBD.r)).toBeGreaterThan(0.0005);
  });

  it('checks the models on the 39-week holdout and predicts every customer', () => {
    const { holdout, churn } = run.validation;
    expect(holdout!.groups.reduce((sum, group) => sum + group.customers, 0)).toBe(2357);
    // Actual: distinct (customer, day) pairs after the calibration end, counted from the raw log.
    const holdoutDays = new Set(transactions.filter(({ date }) => date > '19970930').map(({ masterId, date }) => `${masterId} ${date}`));
    expect(holdout!.actualTotal).toBe(holdoutDays.size);
    // Predicted: what the published parameters predict for the same customers, to within 0.1%.
    const summary = summariseRepeatPurchases(
      transactions.map(({ masterId, date, dollars }) => ({ customerId: masterId, day: dayNumber(date), value: Number(dollars) })),
      { calibrationEnd: CALIBRATION_END_DAY, unit: 'weeks' },
    );
    let published = 0;
    summary.x.forEach((x, i) => {
      published += expectedPurchases(PUBLISHED_BG_NBD, { x, tx: summary.tx[i], T: summary.T[i] }, 39);
    });
    expect(Math.abs(holdout!.predictedTotal / published - 1)).toBeLessThan(0.001);
    // BG/NBD expects about 1,653 purchase days where customers made 1,882: the check shows the model's
    // real error, it does not pass by construction.
    expect(holdout!.predictedTotal / holdout!.actualTotal).toBeLessThan(0.9);
    expect(churn!.methods.map((method) => method.method)).toEqual(['static_rule', 'bgnbd', 'classifier']);
    expect(run.current.customers).toBe(2357);
    expect(run.current.fits!.bgnbd.converged).toBe(true);
  });
});
