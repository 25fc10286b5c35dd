import { describe, expect, it } from 'vitest';
import { digamma, logGamma } from '../../../src/model/predict/models/special-functions';

// Reference values computed with mpmath at 30 digits.
function expectRelative(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

describe('logGamma', () => {
  it.each([
    [0.5, 0.5723649429247001],
    [0.1, 2.252712651734206],
    [2.5, 0.2846828704729192],
    [30.25, 72.104204742008],
    [100, 359.1342053695754],
    [171.3, 708.1149470389969],
    [1e-8, 18.42068073818021],
    [1e7, 151180949.36947393],
    [-0.5, 1.2655121234846454],
    [-2.5, -0.056243716497674054],
  ])('ln Γ(%d) to 1e-12 relative', (x, expected) => {
    expectRelative(logGamma(x), expected);
  });

  it('matches ln (n−1)! at the integers (absolute error, since ln Γ(1) = ln Γ(2) = 0)', () => {
    let logFactorial = 0;
    for (let n = 1; n <= 30; n++) {
      expect(Math.abs(logGamma(n) - logFactorial)).toBeLessThan(1e-12 * Math.max(1, logFactorial));
      logFactorial += Math.log(n);
    }
  });

  it('stays accurate right beside the poles, where Γ changes sign', () => {
    // Γ(−1 + 1e-7) ≈ −1e7 and Γ(−2 + 1e-7) ≈ 5e6 (mpmath, at these doubles);
    // sin(π·x) with π·x rounded would put ln Γ ~1e-10 off.
    expectRelative(logGamma(-1 + 1e-7), 16.118095693763124, 1e-13);
    expectRelative(logGamma(-2 + 1e-7), 15.424948562092956, 1e-13);
  });

  it('is NaN at the poles', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-3)).toBeNaN();
  });
});

describe('digamma', () => {
  it.each([
    [1, -0.5772156649015329],
    [0.5, -1.9635100260214235],
    [0.1, -10.423754940411076],
    [0.001, -1000.5755719318103],
    [3.7, 1.1671535393615113],
    [25, 3.198742512851974],
  ])('ψ(%d)', (x, expected) => {
    expectRelative(digamma(x), expected, 1e-13);
  });

  it('is the derivative of logGamma', () => {
    for (const x of [0.3, 1.7, 12.5]) {
      const h = 1e-5;
      expectRelative(digamma(x), (logGamma(x + h) - logGamma(x - h)) / (2 * h), 1e-8);
    }
  });
});
