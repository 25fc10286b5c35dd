import { describe, expect, it } from 'vitest';
import { expectedPurchases } from '../../../src/model/predict/models/bgnbd';
import type { BgNbdParams } from '../../../src/model/predict/models/bgnbd';
import {
  customerLifetimeValue, expectedOrderValue, fitGammaGamma, gammaGammaLogLikelihood,
} from '../../../src/model/predict/models/gamma-gamma';
import type { GammaGammaParams } from '../../../src/model/predict/models/gamma-gamma';
import { simulateBgNbd, simulateGammaGamma } from '../../support/simulate-bgnbd';

const SPEND: GammaGammaParams = { p: 6, q: 4, gamma: 15 };
const PURCHASES_WEEKLY: BgNbdParams = { r: 0.5, alpha: 6, a: 0.8, b: 2.5 };

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('gammaGammaLogLikelihood', () => {
  it('matches the density of z̄ integrated over ν numerically (scipy)', () => {
    expect(gammaGammaLogLikelihood(SPEND, { x: [1, 2, 5], zbar: [10, 25.5, 40] })).toBeCloseTo(-11.778079598398069, 10);
  });

  it('skips customers without repeat purchases or with no positive spend', () => {
    const used = gammaGammaLogLikelihood(SPEND, { x: [1, 2, 5], zbar: [10, 25.5, 40] });
    const padded = gammaGammaLogLikelihood(SPEND, { x: [0, 1, 2, 3, 5], zbar: [0, 10, 25.5, 0, 40] });
    expect(padded).toBe(used);
  });
});

describe('fitGammaGamma', () => {
  const customers = simulateBgNbd(PURCHASES_WEEKLY, { customers: 10_000, seed: 31, minT: 26, maxT: 52 });
  const spend = simulateGammaGamma(SPEND, customers.x, 32);
  const fit = fitGammaGamma({ x: customers.x, zbar: spend.zbar });

  it('recovers the parameters of simulated spend', () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(customers.x.filter((x) => x > 0).length);
    // Tolerances are about three standard errors at this sample size (checked over many seeds).
    expect(relativeError(fit.q, SPEND.q)).toBeLessThan(0.15);
    // p and γ trade off against each other; the population's mean order value p·γ/(q−1) is sharper.
    expect(relativeError(fit.p, SPEND.p)).toBeLessThan(0.35);
    expect(relativeError(fit.gamma, SPEND.gamma)).toBeLessThan(0.45);
    expect(relativeError(expectedOrderValue(fit, 0, 0), expectedOrderValue(SPEND, 0, 0))).toBeLessThan(0.05);
  });

  it('finds the maximum: at least the truth, and within the 99.9% likelihood-ratio region around it', () => {
    const atTruth = gammaGammaLogLikelihood(SPEND, { x: customers.x, zbar: spend.zbar });
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(atTruth);
    expect(2 * (fit.logLikelihood - atTruth)).toBeLessThan(16.27); // χ²(3) 99.9% quantile
  });

  it.each([
    ['no customers', { x: [], zbar: [] }, /no customers/],
    ['only one-off buyers', { x: [0, 0], zbar: [0, 0] }, /no customers/],
    // Identical spend for everyone: no spread between customers for q and γ to describe.
    ['no spread in spend', { x: [1, 2, 3], zbar: [10, 10, 10] }, /pin/],
  ])('says so instead of returning NaNs when there are %s', (_name, data, reason) => {
    const result = fitGammaGamma(data);
    expect(result.converged).toBe(false);
    expect(result.reason).toMatch(reason);
    for (const value of [result.p, result.q, result.gamma, result.logLikelihood]) {
      expect(Number.isFinite(value)).toBe(true);
    }
  });
});

describe('expectedOrderValue', () => {
  it('is p(γ + x z̄)/(px + q − 1): the population mean for x = 0, moving towards z̄ as x grows', () => {
    expect(expectedOrderValue(SPEND, 0, 0)).toBeCloseTo((6 * 15) / 3, 12);
    expect(expectedOrderValue(SPEND, 2, 50)).toBeCloseTo((6 * (15 + 100)) / (12 + 3), 12);
    const heavySpender = [1, 5, 50].map((x) => expectedOrderValue(SPEND, x, 100));
    expect(heavySpender[0]).toBeLessThan(heavySpender[1]);
    expect(heavySpender[1]).toBeLessThan(heavySpender[2]);
    expect(heavySpender[2]).toBeLessThan(100);
  });

  it('is calibrated: averaged over customers it predicts their next simulated order', () => {
    const customers = simulateBgNbd(PURCHASES_WEEKLY, { customers: 20_000, seed: 5, minT: 26, maxT: 52 });
    const spend = simulateGammaGamma(SPEND, customers.x, 6);
    let predicted = 0, actual = 0, squares = 0;
    spend.nextOrder.forEach((next, i) => {
      predicted += expectedOrderValue(SPEND, customers.x[i], spend.zbar[i]);
      actual += next;
      squares += next * next;
    });
    const n = spend.nextOrder.length;
    const standardError = Math.sqrt((squares / n - (actual / n) ** 2) / n);
    expect(Math.abs(predicted / n - actual / n)).toBeLessThan(4 * standardError);
  });
});

describe('customerLifetimeValue', () => {
  const history = { x: 3, tx: 20, T: 30, zbar: 40 };
  const options = { unit: 'weeks' as const, monthlyDiscountRate: 0.01 };

  it('grows with the customer’s average repeat order', () => {
    const values = [10, 40, 160].map((zbar) => customerLifetimeValue(PURCHASES_WEEKLY, SPEND, { ...history, zbar }, options));
    expect(values[0]).toBeLessThan(values[1]);
    expect(values[1]).toBeLessThan(values[2]);
  });

  it('without discounting is 365 days’ expected purchases times the expected order value', () => {
    const undiscounted = customerLifetimeValue(PURCHASES_WEEKLY, SPEND, history, { ...options, monthlyDiscountRate: 0 });
    const year = expectedPurchases(PURCHASES_WEEKLY, history, 365 / 7);
    expect(undiscounted).toBeCloseTo(year * expectedOrderValue(SPEND, 3, 40), 10);
    const discounted = customerLifetimeValue(PURCHASES_WEEKLY, SPEND, history, options);
    expect(discounted).toBeLessThan(undiscounted);
    expect(discounted).toBeGreaterThan(undiscounted / 1.01 ** 12);
  });

  it('counts the same months in either time unit', () => {
    const inWeeks = customerLifetimeValue(PURCHASES_WEEKLY, SPEND, history, options);
    const purchasesDaily = { ...PURCHASES_WEEKLY, alpha: 7 * PURCHASES_WEEKLY.alpha };
    const inDays = customerLifetimeValue(purchasesDaily, SPEND, { ...history, tx: 140, T: 210 }, { ...options, unit: 'days' });
    expect(relativeError(inDays, inWeeks)).toBeLessThan(1e-12);
    const sixMonths = customerLifetimeValue(PURCHASES_WEEKLY, SPEND, history, { ...options, months: 6 });
    expect(sixMonths).toBeLessThan(inWeeks);
  });
});
