import { describe, expect, it } from 'vitest';
import { classifierChurn } from '../../../src/engine/predict/classifier-validation';
import { readCustomerHistories } from '../../../src/engine/predict/customer-histories';
import { loadOrders } from '../../../src/engine/load/load-orders';
import type { PredictionSources } from '../../../src/engine/predict/prediction-run';
import { PromiseMemo } from '../../../src/engine/predict/promise-memo';
import { CREATE_PURCHASE_DAYS } from '../../../src/engine/predict/sql/purchase-days';
import { churnedInWindow } from '../../../src/model/predict/customer-history';
import { addDays } from '../../../src/model/shared/iso-date';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';

const CALIBRATION_END = '2011-09-10';
const OBSERVATION_END = '2011-12-09';

/** The line's invoice date (M/D/YYYY) as YYYY-MM-DD. */
function lineDate(line: string): string {
  const [, month, day, year] = /,(\d{1,2})\/(\d{1,2})\/(\d{4}) /.exec(line)!;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The sample with its holdout rewritten: every purchase after the calibration end is gone, and every
 * third customer instead buys once, three days after it. Nothing up to the calibration end changes.
 */
function rewriteHoldout(csv: string): string {
  const [header, ...lines] = csv.trimEnd().split('\n');
  const kept = lines.filter((line) => lineDate(line) <= CALIBRATION_END);
  const customers = [...new Set(kept.map((line) => line.split(',').at(-2)!).filter(Boolean))].sort();
  const [year, month, day] = addDays(CALIBRATION_END, 3).split('-').map(Number);
  const added = customers
    .filter((_, i) => i % 3 === 0)
    .map((customer, i) => `900${i},A,X,1,${month}/${day}/${year} 10:00,5.00,${customer},United Kingdom`);
  return [header, ...kept, ...added].join('\n') + '\n';
}

/** The classifier's P(churn) at the calibration end for a file, and who really churned after it. */
async function classifierAtCalibrationEnd(csv: string) {
  const db = await nativeConnector();
  await loadOrders(db, { source: writeFixture('orders.csv', csv), fileName: 'orders.csv' });
  await db.query(CREATE_PURCHASE_DAYS);
  const read = (cutoff: string, laterEnd: string) => readCustomerHistories(db, cutoff, laterEnd);
  const sources: PredictionSources = { histories: read, readHistories: read, memo: new PromiseMemo(12) };
  const histories = await read(CALIBRATION_END, OBSERVATION_END);
  const clock = { timings: { histories: 0, fits: 0, classifier: 0, predictions: 0, total: 0 }, checkpoint: async () => {} };
  const result = await classifierChurn(sources, CALIBRATION_END, histories, clock);
  if (!('scores' in result)) throw new Error(`the classifier was not trained: ${result.unavailable}`);
  return { customerIds: histories.customerIds, scores: Array.from(result.scores), churned: churnedInWindow(histories) };
}

describe('the classifier on held-out time', () => {
  it('gives the same probabilities whatever happens after the calibration end', async () => {
    const original = await classifierAtCalibrationEnd(sampleOrdersCsv());
    const rewritten = await classifierAtCalibrationEnd(rewriteHoldout(sampleOrdersCsv()));
    expect(rewritten.customerIds).toEqual(original.customerIds);
    // The outcomes it is judged on did change, for many customers...
    const changedOutcomes = original.churned.filter((churned, i) => churned !== rewritten.churned[i]).length;
    expect(changedOutcomes).toBeGreaterThan(original.customerIds.length / 10);
    // ...and not one probability moved.
    expect(rewritten.scores).toEqual(original.scores);
    expect(new Set(original.scores).size).toBeGreaterThan(10);
  });
});
