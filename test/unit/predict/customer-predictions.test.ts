import { describe, expect, it } from 'vitest';
import { expectedPurchases, probabilityNoPurchase } from '../../../src/model/predict/models/bgnbd';
import { blankNonFinite, predictChurn30, predictPurchases, predictValue } from '../../../src/model/predict/customer-predictions';
import { randomHistories } from '../../support/random-histories';

const BG_NBD = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // CDNOW, weeks
const GAMMA_GAMMA = { p: 6.25, q: 3.74, gamma: 15.44 };

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
      const purchases = expectedPurchases(BG_NBD, history, (365 / 12) * month / 7) - expectedPurchases(BG_NBD, history, (365 / 12) * (month - 1) / 7);
      expected += (purchases * value.expectedOrderValue[i]) / 1.02 ** month;
    }
    expect(value.clv12[i]).toBeCloseTo(expected, 9);
  });

  it('without discounting covers the same year as the 365-day expected purchases', () => {
    const undiscounted = predictValue(BG_NBD, GAMMA_GAMMA, histories, 'weeks', 0);
    const purchases = predictPurchases(BG_NBD, histories, 'weeks');
    undiscounted.clv12.forEach((clv, i) => {
      expect(clv).toBeCloseTo(purchases.expectedPurchases365[i] * undiscounted.expectedOrderValue[i], 9);
    });
  });

  it('falls as the discount rate rises', () => {
    const low = predictValue(BG_NBD, GAMMA_GAMMA, histories, 'weeks', 0);
    const high = predictValue(BG_NBD, GAMMA_GAMMA, histories, 'weeks', 0.05);
    low.clv12.forEach((clv, i) => expect(high.clv12[i]).toBeLessThan(clv));
  });
});

describe('blankNonFinite', () => {
  it('counts the customers with any prediction that is not a finite number, and blanks those values', () => {
    const pAlive = Float64Array.from([0.5, Number.NaN, 0.7, 0.9]);
    const clv = Float64Array.from([10, 20, Number.POSITIVE_INFINITY, Number.NaN]);
    expect(blankNonFinite([pAlive, clv])).toBe(3);
    expect(Array.from(pAlive)).toEqual([0.5, Number.NaN, 0.7, 0.9]);
    expect(Array.from(clv)).toEqual([10, 20, Number.NaN, Number.NaN]);
    expect(blankNonFinite([Float64Array.from([1, 2])])).toBe(0);
  });

  it('finds nothing to blank in the predictions of random customers, even when t dwarfs α + T', () => {
    const histories = randomHistories(400, 8);
    // A first purchase on the cutoff day: T = 0, so z = t/(α + T + t) is within 3e-7 of 1 at 365 days.
    [histories.x[0], histories.txDays[0], histories.tDays[0], histories.zbar[0]] = [0, 0, 0, 0];
    const tinyScale = { ...BG_NBD, alpha: 1e-4 };
    const purchases = predictPurchases(tinyScale, histories, 'days');
    const value = predictValue(tinyScale, GAMMA_GAMMA, histories, 'days', 0.01);
    expect(blankNonFinite([...Object.values(purchases), value.expectedOrderValue, value.clv12])).toBe(0);
  });
});
