import { describe, expect, it } from 'vitest';
import { PromiseMemo } from '../../../src/engine/predict/promise-memo';
import { CHURN_FEATURES, churnFeatures, stackFeatureRows } from '../../../src/model/predict/churn/churn-features';
import type { CustomerHistories } from '../../../src/model/predict/customer-history';
import { addDays, daysBetween, isIsoDate } from '../../../src/model/shared/iso-date';

describe('ISO dates', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2011-12-09', -90)).toBe('2011-09-10');
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(addDays('2011-12-31', 1)).toBe('2012-01-01');
    expect(daysBetween('2011-09-10', '2011-12-09')).toBe(90);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2011-02-29')).toBe(false);
    expect(isIsoDate('2012-02-29')).toBe(true);
    expect(isIsoDate('12/9/2011')).toBe(false);
    expect(() => addDays('2011-13-01', 1)).toThrow('invalid date: 2011-13-01');
  });
});

describe('churn features', () => {
  const histories: CustomerHistories = {
    customerIds: ['ann', 'bob'],
    x: Float64Array.from([2, 0]),
    txDays: Float64Array.from([30, 0]),
    tDays: Float64Array.from([40, 11]),
    zbar: Float64Array.from([40, 0]),
    totalValue: Float64Array.from([90, 12]),
    lastGapDays: Float64Array.from([20, Number.NaN]),
    recentPurchaseDays: Float64Array.from([3, 1]),
    nextPurchaseDays: Float64Array.from([1, 0]),
    laterPurchaseDays: Float64Array.from([2, 0]),
  };

  it('describes each customer at the cutoff, with −1 for gaps a one-time buyer does not have', () => {
    const matrix = churnFeatures(histories);
    expect(matrix.features).toBe(CHURN_FEATURES.length);
    const row = (i: number) => Object.fromEntries(CHURN_FEATURES.map((name, f) => [name, matrix.values[i * matrix.features + f]]));
    // ann: last purchase 10 days before the cutoff, so 11 days before the day after it.
    expect(row(0)).toEqual({
      recency_days: 11, purchase_days: 3, monetary: 90, tenure_days: 40, mean_gap_days: 15, last_gap_days: 20,
      purchase_days_last_90: 3, value_per_purchase_day: 30, recency_over_mean_gap: 11 / 15,
    });
    expect(row(1)).toMatchObject({ recency_days: 12, purchase_days: 1, mean_gap_days: -1, last_gap_days: -1, recency_over_mean_gap: -1 });
  });

  it('stacks the rows of several windows', () => {
    const one = churnFeatures(histories);
    const both = stackFeatureRows([one, one]);
    expect(both.rows).toBe(4);
    expect(Array.from(both.values.subarray(both.values.length / 2))).toEqual(Array.from(one.values));
  });
});

describe('PromiseMemo', () => {
  it('computes once per key, forgets failures and the least recently used beyond its limit', async () => {
    const memo = new PromiseMemo(2);
    let calls = 0;
    const compute = async () => ++calls;
    expect(await memo.get(['a'], compute)).toBe(1);
    expect(await memo.get(['a'], compute)).toBe(1);
    await expect(memo.get(['b'], () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await memo.get(['b'], compute)).toBe(2);
    expect(await memo.get(['c'], compute)).toBe(3); // 'a' is now the least recently used and goes
    expect(await memo.get(['b'], compute)).toBe(2);
    expect(await memo.get(['a'], compute)).toBe(4);
    memo.clear();
    expect(await memo.get(['b'], compute)).toBe(5);
  });
});
