import { describe, expect, it } from 'vitest';
import { probabilityNoPurchase } from '../../../src/model/predict/models/bgnbd';
import { medianTimeToNextPurchase, nextOrderDays, nextOrderSentence, UNLIKELY_BELOW_P_ALIVE } from '../../../src/model/predict/next-order';
import { simulateNextWaitGivenAlive } from '../../support/simulate-bgnbd';

const PARAMS = { r: 0.8, alpha: 20, a: 0.6, b: 2.5 };

function median(values: Float64Array): number {
  const sorted = values.slice().sort();
  return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
}

describe('the median time to the next purchase given alive', () => {
  for (const [x, T] of [[0, 30], [2, 60], [7, 200]]) {
    it(`matches a simulation of the BG/NBD story (x = ${x}, T = ${T})`, () => {
      const simulated = median(simulateNextWaitGivenAlive(PARAMS, x, T, 20_000, 11 + x));
      const formula = medianTimeToNextPurchase(PARAMS, { x, T });
      // 20,000 draws: the sample median is within a few per cent of the true one.
      expect(Math.abs(simulated - formula) / formula).toBeLessThan(0.05);
    });
  }

  it('is where the chance of no purchase, had the customer surely been alive, is one half', () => {
    const history = { x: 3, tx: 40, T: 90 };
    const t = medianTimeToNextPurchase(PARAMS, history);
    // With a → 0 nobody drops out, so P(alive) = 1 and probabilityNoPurchase is the given-alive term.
    expect(probabilityNoPurchase({ ...PARAMS, a: 1e-12 }, history, t)).toBeCloseTo(0.5, 9);
  });
});

describe('the next order in words', () => {
  it('gives no date when the customer has probably gone', () => {
    expect(nextOrderDays(12.2, UNLIKELY_BELOW_P_ALIVE - 0.01)).toBeNull();
    expect(nextOrderDays(12.2, UNLIKELY_BELOW_P_ALIVE)).toBe(13);
    expect(nextOrderDays(0.2, 0.9)).toBe(1);
  });

  it('says it in one plain sentence', () => {
    expect(nextOrderSentence(null)).toBe('unlikely to order again');
    expect(nextOrderSentence(1)).toBe('likely to order again within about a day');
    expect(nextOrderSentence(10)).toBe('likely to order again within about 10 days');
    expect(nextOrderSentence(40)).toBe('likely to order again within about 6 weeks');
    expect(nextOrderSentence(200)).toBe('likely to order again within about 7 months');
    expect(nextOrderSentence(1000)).toBe('likely to order again within about 3 years');
  });
});
