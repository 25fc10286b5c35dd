import { describe, expect, it } from 'vitest';
import { holdoutPoints, holdoutPurchasesPlot } from '../../../src/charts/predict/holdout-purchases';
import { expectedPurchases } from '../../../src/model/predict/models/bgnbd';
import type { CustomerHistories } from '../../../src/model/predict/customer-history';
import { compareHoldoutPurchases } from '../../../src/model/predict/holdout-purchases';

const PARAMS = { r: 0.5, alpha: 10, a: 0.8, b: 2.5 };

function histories(x: number[], later: number[]): CustomerHistories {
  const n = x.length;
  const zeros = () => new Float64Array(n);
  return {
    customerIds: x.map((_, i) => `c${i}`),
    x: Float64Array.from(x),
    txDays: Float64Array.from(x, (value) => value * 10),
    tDays: new Float64Array(n).fill(100),
    zbar: zeros(), totalValue: zeros(), lastGapDays: zeros(), recentPurchaseDays: zeros(), nextPurchaseDays: zeros(),
    laterPurchaseDays: Float64Array.from(later),
  };
}

describe('compareHoldoutPurchases', () => {
  const comparison = compareHoldoutPurchases(PARAMS, histories([0, 0, 1, 8, 9], [0, 2, 1, 3, 5]), 'days', 90);

  it('groups customers by calibration repeat purchases, 7 and more together', () => {
    expect(comparison.groups.map((group) => [group.label, group.customers, group.actual])).toEqual([
      ['0', 2, 1],
      ['1', 1, 1],
      ['7+', 2, 4],
    ]);
    expect(comparison.actualTotal).toBe(11);
  });

  it('averages each customer’s expected purchases over the holdout', () => {
    const expected = (x: number) => expectedPurchases(PARAMS, { x, tx: x * 10, T: 100 }, 90);
    expect(comparison.groups[0].predicted).toBeCloseTo(expected(0), 12);
    expect(comparison.groups[2].predicted).toBeCloseTo((expected(8) + expected(9)) / 2, 12);
    expect(comparison.predictedTotal).toBeCloseTo(2 * expected(0) + expected(1) + expected(8) + expected(9), 9);
  });

  it('measures the horizon in the fit’s unit', () => {
    const inWeeks = compareHoldoutPurchases({ ...PARAMS, alpha: 10 / 7 }, histories([0, 0, 1, 8, 9], [0, 2, 1, 3, 5]), 'weeks', 90);
    expect(inWeeks.predictedTotal).toBeCloseTo(comparison.predictedTotal, 9);
  });
});

describe('the holdout chart', () => {
  const groups = [
    { label: '0', customers: 10, actual: 0.2, predicted: 0.25 },
    { label: '7+', customers: 3, actual: 4, predicted: 3.5 },
  ];

  it('draws one point per group and series', () => {
    expect(holdoutPoints(groups)).toEqual([
      { group: '0', series: 'Actual', purchases: 0.2, customers: 10 },
      { group: '0', series: 'Predicted by BG/NBD', purchases: 0.25, customers: 10 },
      { group: '7+', series: 'Actual', purchases: 4, customers: 3 },
      { group: '7+', series: 'Predicted by BG/NBD', purchases: 3.5, customers: 3 },
    ]);
  });

  it('keeps the groups in order on an ordinal axis and labels the holdout length', () => {
    const options = holdoutPurchasesPlot(groups, 90);
    expect(options.x).toMatchObject({ type: 'point', domain: ['0', '7+'] });
    expect(options.y).toMatchObject({ label: 'Purchases per customer in the 90-day holdout', zero: true });
    expect(options.color).toMatchObject({ domain: ['Actual', 'Predicted by BG/NBD'], legend: true });
    expect(options.marks).toHaveLength(3);
  });
});
