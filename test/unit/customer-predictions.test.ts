import { describe, expect, it } from 'vitest';
import { expectedPurchases, probabilityNoPurchase } from '../../src/model/bgnbd';
import type { CustomerHistories } from '../../src/model/customer-history';
import { predictChurn30, predictPurchases, predictValue } from '../../src/model/customer-predictions';
import { seededRandom } from '../../src/model/random';

const BG_NBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // CDNOW, weeks
const GAMMA_GAMMA = { p: 6.25, q: 3.74, gamma: 15.44 };

/** Random but valid histories in days: t_x ≤ T, and t_x = 0 exactly when x = 0. */
function randomHistories(count: number, seed: number): CustomerHistories {
  const random = seededRandom(seed);
  const x = new Float64Array(count), txDays = new Float64Array(count), tDays = new Float64Array(count), zbar = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    tDays[i] = Math.floor(random() * 500);
    x[i] = tDays[i] === 0 ? 0 : Math.floor(random() * 12);
    txDays[i] = x[i] === 0 ? 0 : Math.max(x[i], Math.floor(random() * (tDays[i] + 1)));
    txDays[i] = Math.min(txDays[i], tDays[i]);
    zbar[i] = x[i] === 0 ? 0 : 5 + random() * 100;
  }
  const zeros = () => new Float64Array(count);
  return {
    customerIds: Array.from({ length: count }, (_, i) => `c${i}`),
    x, txDays, tDays, zbar,
    totalValue: zeros(), lastGapDays: zeros(), recentPurchaseDays: zeros(), nextPurchaseDays: zeros(), laterPurchaseDays: zeros(),
  };
}

describe('per-customer predictions (properties)', () => {
  const histories = randomHistories(400, 3);
  const purchases = predictPurchases(BG_NBD, histories, 'weeks');

  it('gives P(alive) = 1 to every customer without a repeat purchase, and < 1 to those with one', () => {
    histories.x.forEach((x, i) => {
      if (x === 0) expect(purchases.pAlive[i]).toBe(1);
      else expect(purchases.pAlive[i]).toBeLessThan(1);
    });
    expect(histories.x.some((x) => x === 0) && histories.x.some((x) => x > 0)).toBe(true);
  });

  it('expects more purchases over a longer horizon', () => {
    for (let i = 0; i < histories.x.length; i++) {
      expect(purchases.expectedPurchases30[i]).toBeGreaterThan(0);
      expect(purchases.expectedPurchases90[i]).toBeGreaterThan(purchases.expectedPurchases30[i]);
      expect(purchases.expectedPurchases365[i]).toBeGreaterThan(purchases.expectedPurchases90[i]);
    }
  });

  it('gives P(churn in 30 days) as P(no purchase in 30/7 weeks), between 0 and 1', () => {
    for (let i = 0; i < histories.x.length; i++) {
      const history = { x: histories.x[i], tx: histories.txDays[i] / 7, T: histories.tDays[i] / 7 };
      expect(purchases.pChurn30[i]).toBeCloseTo(probabilityNoPurchase(BG_NBD, history, 30 / 7), 12);
      expect(purchases.pChurn30[i]).toBeGreaterThanOrEqual(1 - purchases.pAlive[i]);
      expect(purchases.pChurn30[i]).toBeLessThanOrEqual(1);
    }
    expect(Array.from(predictChurn30(BG_NBD, histories, 'weeks'))).toEqual(Array.from(purchases.pChurn30));
  });

  it('does not depend on the time unit once the scale parameter follows it', () => {
    const inDays = predictPurchases({ ...BG_NBD, alpha: BG_NBD.alpha * 7 }, histories, 'days');
    for (let i = 0; i < histories.x.length; i++) {
      expect(inDays.expectedPurchases90[i]).toBeCloseTo(purchases.expectedPurchases90[i], 9);
      expect(inDays.pChurn30[i]).toBeCloseTo(purchases.pChurn30[i], 12);
    }
  });
});

describe('customer value (properties)', () => {
  const histories = randomHistories(200, 5);

  it('grows with the customer’s spend per purchase', () => {
    const base = predictValue(BG_NBD, GAMMA_GAMMA, histories, 'weeks', 0.01);
    const richer = predictValue(BG_NBD, GAMMA_GAMMA, { ...histories, zbar: histories.zbar.map((z) => z * 2) }, 'weeks', 0.01);
    histories.x.forEach((x, i) => {
      expect(base.clv12[i]).toBeGreaterThan(0);
      if (x > 0) expect(richer.clv12[i]).toBeGreaterThan(base.clv12[i]);
      else expect(richer.clv12[i]).toBe(base.clv12[i]); // nothing known about a one-time buyer's repeat spend
    });
  });

  it('is the discounted sum of each month’s expected purchases times the expected order value', () => {
    const value = predictValue(BG_NBD, GAMMA_GAMMA, histories, 'weeks', 0.02);
    const i = histories.x.findIndex((x) => x > 3);
    const history = { x: histories.x[i], tx: histories.txDays[i] / 7, T: histories.tDays[i] / 7 };
    let expected = 0;
    for (let month = 1; month <= 12; month++) {
      const purchases = expectedPurchases(BG_NBD, history, (30 * month) / 7) - expectedPurchases(BG_NBD, history, (30 * (month - 1)) / 7);
      expected += (purchases * value.expectedOrderValue[i]) / 1.02 ** month;
    }
    expect(value.clv12[i]).toBeCloseTo(expected, 9);
  });

  it('falls as the discount rate rises', () => {
    const low = predictValue(BG_NBD, GAMMA_GAMMA, histories, 'weeks', 0);
    const high = predictValue(BG_NBD, GAMMA_GAMMA, histories, 'weeks', 0.05);
    low.clv12.forEach((clv, i) => expect(high.clv12[i]).toBeLessThan(clv));
  });
});
