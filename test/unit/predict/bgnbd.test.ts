import { describe, expect, it } from 'vitest';
import {
  bgNbdLogLikelihood, expectedPurchases, fitBgNbd, probabilityAlive, probabilityNoPurchase,
} from '../../../src/model/predict/models/bgnbd';
import type { BgNbdParams, RepeatHistory } from '../../../src/model/predict/models/bgnbd';
import { simulateBgNbd } from '../../support/simulate-bgnbd';

// The published CDNOW estimates (Fader, Hardie & Lee 2005), as fixed parameters for formula checks.
const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const TRUTH: BgNbdParams = { r: 0.5, alpha: 6, a: 0.8, b: 2.5 };
const HISTORIES: RepeatHistory[] = [
  { x: 0, tx: 0, T: 30 },
  { x: 1, tx: 2, T: 30 },
  { x: 4, tx: 25, T: 38.86 },
  { x: 12, tx: 30, T: 31 },
];

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe('bgNbdLogLikelihood', () => {
  it('matches eq. 6 evaluated directly with beta functions (scipy)', () => {
    const data = { x: [0, 1, 5, 12], tx: [0, 3, 8.5, 30], T: [10, 10, 20, 31] };
    expect(bgNbdLogLikelihood(CDNOW, data)).toBeCloseTo(-45.84206924059575, 10);
  });

  it('adds up per-customer terms, whatever the order and however often a history repeats', () => {
    const single = (h: RepeatHistory): number => bgNbdLogLikelihood(TRUTH, { x: [h.x], tx: [h.tx], T: [h.T] });
    const expected = 2 * single(HISTORIES[1]) + single(HISTORIES[3]) + single(HISTORIES[0]);
    const pooled = [HISTORIES[3], HISTORIES[1], HISTORIES[0], HISTORIES[1]];
    const actual = bgNbdLogLikelihood(TRUTH, {
      x: pooled.map((h) => h.x), tx: pooled.map((h) => h.tx), T: pooled.map((h) => h.T),
    });
    expect(actual).toBeCloseTo(expected, 10);
  });
});

describe('fitBgNbd', () => {
  const simulated = simulateBgNbd(TRUTH, { customers: 5000, seed: 2024, minT: 26, maxT: 52 });
  const fit = fitBgNbd(simulated);

  it('recovers the parameters of simulated customers', () => {
    expect(fit.converged).toBe(true);
    expect(fit.reason).toBeUndefined();
    expect(fit.customers).toBe(5000);
    // Tolerances are about three standard errors at this sample size (checked over many seeds).
    expect(relativeError(fit.r, TRUTH.r)).toBeLessThan(0.1);
    expect(relativeError(fit.alpha, TRUTH.alpha)).toBeLessThan(0.15);
    // a and b are the least determined; their ratio, the mean dropout probability, much less so.
    expect(relativeError(fit.a, TRUTH.a)).toBeLessThan(0.4);
    expect(relativeError(fit.b, TRUTH.b)).toBeLessThan(0.4);
    expect(relativeError(fit.a / (fit.a + fit.b), TRUTH.a / (TRUTH.a + TRUTH.b))).toBeLessThan(0.15);
  });

  it('finds the maximum: at least the truth, and within the 99.9% likelihood-ratio region around it', () => {
    const atTruth = bgNbdLogLikelihood(TRUTH, simulated);
    expect(fit.logLikelihood).toBeGreaterThanOrEqual(atTruth);
    expect(2 * (fit.logLikelihood - atTruth)).toBeLessThan(18.47); // χ²(4) 99.9% quantile
    expect(fit.logLikelihood).toBeCloseTo(bgNbdLogLikelihood(fit, simulated), 8);
  });

  it('gives the same fit in days as in weeks, with α scaled by 7', () => {
    const inDays = fitBgNbd({ x: simulated.x, tx: simulated.tx.map((t) => 7 * t), T: simulated.T.map((t) => 7 * t) });
    expect(inDays.converged).toBe(true);
    expect(relativeError(inDays.r, fit.r)).toBeLessThan(1e-5);
    expect(relativeError(inDays.alpha, 7 * fit.alpha)).toBeLessThan(1e-5);
    expect(relativeError(inDays.b, fit.b)).toBeLessThan(1e-4);
  });

  it.each([
    ['no customers', { x: [], tx: [], T: [] }, /no customers/],
    ['no repeat purchases', { x: [0, 0, 0], tx: [0, 0, 0], T: [5, 10, 20] }, /no repeat purchases/],
    // Nobody ever stopped buying, so the dropout parameters run off towards the boundary.
    ['no sign of dropout', { x: [1, 2, 3, 0, 4, 2], tx: [10, 20, 30, 0, 40, 12], T: [10, 20, 30, 40, 40, 12] }, /pin/],
  ])('says so instead of returning NaNs when there are %s', (_name, data, reason) => {
    const result = fitBgNbd(data);
    expect(result.converged).toBe(false);
    expect(result.reason).toMatch(reason);
    for (const value of [result.r, result.alpha, result.a, result.b, result.logLikelihood]) {
      expect(Number.isFinite(value)).toBe(true);
    }
  });

  it('rejects impossible histories', () => {
    const result = fitBgNbd({ x: [1, 2], tx: [5, 40], T: [10, 30] });
    expect(result.converged).toBe(false);
    expect(result.reason).toMatch(/invalid history at index 1/);
  });
});

describe('probabilityAlive', () => {
  it('is 1 for a customer without repeat purchases, whatever T', () => {
    expect(probabilityAlive(CDNOW, { x: 0, tx: 0, T: 0.5 })).toBe(1);
    expect(probabilityAlive(CDNOW, { x: 0, tx: 0, T: 500 })).toBe(1);
  });

  it('matches the closed form and falls the longer a repeat customer stays silent', () => {
    const { r, alpha, a, b } = CDNOW;
    const direct = 1 / (1 + (a / (b + 2 - 1)) * ((alpha + 38.86) / (alpha + 30.43)) ** (r + 2));
    expect(probabilityAlive(CDNOW, { x: 2, tx: 30.43, T: 38.86 })).toBeCloseTo(direct, 14);
    const recent = probabilityAlive(CDNOW, { x: 5, tx: 38, T: 39 });
    const silent = probabilityAlive(CDNOW, { x: 5, tx: 10, T: 39 });
    expect(silent).toBeLessThan(recent);
    expect(silent).toBeGreaterThan(0);
  });
});

describe('expectedPurchases', () => {
  it('reproduces Hardie’s CDNOW spreadsheet: 1.226 purchases in 39 weeks for x=2, t_x=30.43, T=38.86', () => {
    expect(expectedPurchases(CDNOW, { x: 2, tx: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
  });

  it.each([
    [CDNOW, { x: 2, tx: 30.43, T: 38.86 }, 39, 1.226028174767135],
    [CDNOW, { x: 7, tx: 20, T: 38.86 }, 52, 0.9420379787005483],
    [CDNOW, { x: 0, tx: 0, T: 12 }, 10, 0.136367264749022],
    [{ r: 0.5, alpha: 6, a: 2.5, b: 4 }, { x: 4, tx: 30, T: 50 }, 26, 0.4441161217854363],
  ])('matches eq. 10 evaluated with scipy’s hyp2f1 (%o, %o, t=%d)', (params, history, t, expected) => {
    expect(relativeError(expectedPurchases(params, history, t), expected)).toBeLessThan(1e-10);
  });

  it.each([
    [{ r: 0.5, alpha: 1e-3, a: 0.8, b: 2.4 }, { x: 0, tx: 0, T: 0 }, 365, 81.59070552246749],
    [{ r: 0.5, alpha: 1e-3, a: 0.8, b: 2.4 }, { x: 3, tx: 0.4, T: 0.5 }, 365, 45.19122142238079],
    [CDNOW, { x: 0, tx: 0, T: 0 }, 1e7, 92.38398065691518],
    [{ r: 2.1, alpha: 0.05, a: 3.5, b: 1.2 }, { x: 1, tx: 0.01, T: 0.02 }, 52, 0.3296215349482815],
  ])('matches eq. 10 (mpmath, 50 digits) when t dwarfs α + T and z = t/(α+T+t) nears 1 (%o, %o, t=%d)', (params, history, t, expected) => {
    expect(relativeError(expectedPurchases(params, history, t), expected)).toBeLessThan(1e-9);
  });

  it('is 0 for no time and grows with the horizon', () => {
    const history = HISTORIES[2];
    expect(expectedPurchases(TRUTH, history, 0)).toBe(0);
    let previous = 0;
    for (const t of [0.5, 1, 4, 13, 26, 52, 104, 520]) {
      const expected = expectedPurchases(TRUTH, history, t);
      expect(expected).toBeGreaterThan(previous);
      previous = expected;
    }
  });

  it('starts at the posterior purchase rate: E[Y(t)]/t → P(alive)·(r+x)/(α+T) as t → 0', () => {
    for (const history of HISTORIES) {
      const rate = (probabilityAlive(TRUTH, history) * (TRUTH.r + history.x)) / (TRUTH.alpha + history.T);
      expect(relativeError(expectedPurchases(TRUTH, history, 1e-4) / 1e-4, rate)).toBeLessThan(1e-3);
    }
  });

  it('levels off at P(alive)·E[1/p] = P(alive)·(a+b+x−1)/(a−1) purchases before dropout when a > 1', () => {
    // The gap closes like (α+T)/t to the power min(r + x, a − 1), so r and a are chosen to make it quick.
    const params = { r: 2, alpha: 6, a: 2.5, b: 4 };
    for (const history of HISTORIES) {
      const limit = (probabilityAlive(params, history) * (params.a + params.b + history.x - 1)) / (params.a - 1);
      expect(relativeError(expectedPurchases(params, history, 1e5), limit)).toBeLessThan(1e-4);
    }
  });

  it('is continuous through the removable singularity at a = 1', () => {
    const at = (a: number): number => expectedPurchases({ ...TRUTH, a }, HISTORIES[2], 26);
    expect(Number.isFinite(at(1))).toBe(true);
    expect(at(1)).toBeCloseTo((at(1 - 1e-4) + at(1 + 1e-4)) / 2, 6);
  });

  it('is calibrated: averaged over customers it predicts their simulated holdout purchases', () => {
    const cohort = simulateBgNbd(TRUTH, { customers: 20_000, seed: 99, minT: 10, maxT: 40, holdout: 26 });
    const predicted = mean(cohort.x, (_, i) => expectedPurchases(TRUTH, historyAt(cohort, i), 26));
    const actual = mean(cohort.holdoutX, (v) => v);
    const standardError = Math.sqrt(mean(cohort.holdoutX, (v) => (v - actual) ** 2) / cohort.x.length);
    expect(Math.abs(predicted - actual)).toBeLessThan(4 * standardError);
  });
});

describe('probabilityNoPurchase', () => {
  it('is a probability that grows with the horizon from 1 − P(alive)·0 = 1 at t = 0', () => {
    for (const history of HISTORIES) {
      expect(probabilityNoPurchase(TRUTH, history, 0)).toBe(1);
      let previous = 1;
      for (const t of [0.5, 4, 26, 104, 1e4]) {
        const p = probabilityNoPurchase(TRUTH, history, t);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(previous);
        previous = p;
      }
    }
  });

  it('tends to 1 − P(alive) as the horizon grows, since only the dead never buy again', () => {
    for (const history of HISTORIES) {
      expect(probabilityNoPurchase(TRUTH, history, 1e12)).toBeCloseTo(1 - probabilityAlive(TRUTH, history), 4);
    }
  });

  it('agrees with expectedPurchases over a very short horizon, where a purchase is at most one', () => {
    for (const history of HISTORIES) {
      const t = 1e-6;
      const chance = 1 - probabilityNoPurchase(TRUTH, history, t);
      expect(relativeError(chance, expectedPurchases(TRUTH, history, t))).toBeLessThan(1e-3);
    }
  });

  it('is calibrated: averaged over customers it predicts the share of them silent in a simulated holdout', () => {
    const cohort = simulateBgNbd(TRUTH, { customers: 20_000, seed: 7, minT: 10, maxT: 40, holdout: 13 });
    const predicted = mean(cohort.x, (_, i) => probabilityNoPurchase(TRUTH, historyAt(cohort, i), 13));
    const actual = mean(cohort.holdoutX, (v) => (v === 0 ? 1 : 0));
    const standardError = Math.sqrt((actual * (1 - actual)) / cohort.x.length);
    expect(Math.abs(predicted - actual)).toBeLessThan(4 * standardError);
  });
});

function historyAt(cohort: { x: Float64Array; tx: Float64Array; T: Float64Array }, i: number): RepeatHistory {
  return { x: cohort.x[i], tx: cohort.tx[i], T: cohort.T[i] };
}

function mean(values: Float64Array, f: (value: number, index: number) => number): number {
  let sum = 0;
  values.forEach((value, index) => {
    sum += f(value, index);
  });
  return sum / values.length;
}
