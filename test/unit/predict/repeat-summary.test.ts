import { describe, expect, it } from 'vitest';
import { summariseRepeatPurchases } from '../../../src/model/predict/repeat-summary';
import type { Transaction } from '../../../src/model/predict/repeat-summary';
import { seededRandom } from '../../../src/model/shared/random';

const order = (customerId: string, day: number, value: number): Transaction => ({ customerId, day, value });

// Calibration runs to day 150 inclusive, the holdout to day 250 inclusive.
const TRANSACTIONS: Transaction[] = [
  order('ann', 121, 30),
  order('bob', 140, 99),
  order('ann', 100, 10),
  order('cat', 160, 50), // first purchase after calibration: not in the cohort
  order('ann', 107, 20),
  order('ann', 100, 5), // same day as another order: one purchase
  order('dan', 90, 12),
  order('dan', 90, 8),
  order('ann', 200, 1), // holdout
  order('eve', 10, 5),
  order('eve', 20, 10),
  order('eve', 20, 30),
  order('eve', 30, 20),
  order('ann', 200, 2), // holdout, same day
  order('ann', 260, 4), // after the holdout
];

describe('summariseRepeatPurchases', () => {
  it('counts purchase days the way lifetimes does, in days', () => {
    const summary = summariseRepeatPurchases(TRANSACTIONS, { calibrationEnd: 150, holdoutEnd: 250, unit: 'days' });
    expect(summary.customerIds).toEqual(['ann', 'bob', 'dan', 'eve']);
    expect(Array.from(summary.x)).toEqual([2, 0, 0, 2]);
    expect(Array.from(summary.tx)).toEqual([21, 0, 0, 20]);
    expect(Array.from(summary.T)).toEqual([50, 10, 60, 140]);
    expect(Array.from(summary.holdoutX)).toEqual([1, 0, 0, 0]);
    // Repeat days only, each day's orders summed: ann (20 + 30)/2, eve ((10 + 30) + 20)/2.
    expect(Array.from(summary.zbar)).toEqual([25, 0, 0, 30]);
    expect(summary.unit).toBe('days');
  });

  it('measures time in weeks of 7 days', () => {
    const summary = summariseRepeatPurchases(TRANSACTIONS, { calibrationEnd: 150, holdoutEnd: 250, unit: 'weeks' });
    expect(Array.from(summary.tx)).toEqual([3, 0, 0, 20 / 7]);
    expect(Array.from(summary.T)).toEqual([50 / 7, 10 / 7, 60 / 7, 20]);
    expect(Array.from(summary.x)).toEqual([2, 0, 0, 2]);
  });

  it('counts every later purchase day as holdout when the holdout has no end', () => {
    const summary = summariseRepeatPurchases(TRANSACTIONS, { calibrationEnd: 150, unit: 'days' });
    expect(Array.from(summary.holdoutX)).toEqual([2, 0, 0, 0]);
  });

  it('returns an empty summary for no transactions', () => {
    const summary = summariseRepeatPurchases([], { calibrationEnd: 150, unit: 'days' });
    expect(summary.customerIds).toEqual([]);
    expect(summary.x.length).toBe(0);
  });

  it('agrees with a plain per-customer count on random order logs', () => {
    const random = seededRandom(11);
    const transactions = Array.from({ length: 3000 }, () =>
      order(`c${Math.floor(random() * 300)}`, Math.floor(random() * 400), Math.round(random() * 10000) / 100));
    const period = { calibrationEnd: 250, holdoutEnd: 330, unit: 'days' as const };
    const summary = summariseRepeatPurchases(transactions, period);
    const expected = naiveSummary(transactions, period.calibrationEnd, period.holdoutEnd);
    expect(summary.customerIds).toEqual(expected.map((row) => row.id));
    expected.forEach((row, i) => {
      expect([summary.x[i], summary.tx[i], summary.T[i], summary.holdoutX[i]]).toEqual([row.x, row.tx, row.T, row.holdoutX]);
      expect(summary.zbar[i]).toBeCloseTo(row.zbar, 9);
    });
  });
});

/** The definition, written as plainly as possible: per customer, per distinct day. */
function naiveSummary(transactions: Transaction[], calibrationEnd: number, holdoutEnd: number) {
  const ids = [...new Set(transactions.map((t) => t.customerId))];
  return ids.flatMap((id) => {
    const own = transactions.filter((t) => t.customerId === id);
    const dayValue = new Map<number, number>();
    for (const t of own.filter((t) => t.day <= calibrationEnd)) dayValue.set(t.day, (dayValue.get(t.day) ?? 0) + t.value);
    const days = [...dayValue.keys()].sort((a, b) => a - b);
    if (days.length === 0) return [];
    const repeatValues = days.slice(1).map((day) => dayValue.get(day) ?? 0);
    const holdoutDays = new Set(own.filter((t) => t.day > calibrationEnd && t.day <= holdoutEnd).map((t) => t.day));
    return [{
      id,
      x: days.length - 1,
      tx: days[days.length - 1] - days[0],
      T: calibrationEnd - days[0],
      holdoutX: holdoutDays.size,
      zbar: repeatValues.length ? repeatValues.reduce((a, b) => a + b, 0) / repeatValues.length : 0,
    }];
  });
}
