import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, logGamma } from '../../src/model/special-functions';

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

describe('hyp2f1', () => {
  it.each([0.1, 0.5, 0.9, 0.99])('₂F₁(1, 1; 2; z) = −ln(1 − z)/z at z = %d', (z) => {
    expectRelative(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z);
  });

  it('₂F₁(a, b; b; z) = (1 − z)^−a, where c − a − b < 0 takes the Euler-transformed path', () => {
    expectRelative(hyp2f1(3.2, 1.7, 1.7, 0.8), Math.pow(0.2, -3.2));
    expectRelative(hyp2f1(0.4, 2.5, 2.5, 0.3), Math.pow(0.7, -0.4));
  });

  it('₂F₁(½, ½; 3/2; z²) = arcsin(z)/z and ₂F₁(½, 1; 3/2; −z²) = arctan(z)/z', () => {
    expectRelative(hyp2f1(0.5, 0.5, 1.5, 0.81), Math.asin(0.9) / 0.9);
    expectRelative(hyp2f1(0.5, 1, 1.5, -0.81), Math.atan(0.9) / 0.9);
  });

  it('terminates for a negative integer parameter', () => {
    const [b, c, z] = [1.3, 2.9, 0.7];
    expectRelative(hyp2f1(-2, b, c, z), 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)));
  });

  it.each([
    [1.5, 2.5, 3.3, 0.9, 10.207697472987324],
    [0.3, -0.2, 5.1, 0.99, 0.9870924111646715],
    [20.2, 22.4, 25.1, 0.95, 1.068414464233822e23],
    [10.243, 12.426, 12.219, 0.9, 27253369537.496834],
    [0.75, 1.9, 7.5, 0.999, 1.2876501744368005],
    [2.2, -1.3, 0.7, -0.6, 3.799200640526878],
  ])('₂F₁(%d, %d; %d; %d) against mpmath', (a, b, c, z, expected) => {
    expectRelative(hyp2f1(a, b, c, z), expected, 1e-11);
  });

  it('is NaN outside |z| < 1 and at non-positive integer c', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, 2, -1.5)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
  });
});
