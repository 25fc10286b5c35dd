import { describe, expect, it } from 'vitest';
import { hyp2f1 } from '../../../src/model/predict/models/hypergeometric';

function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(tolerance);
}

describe('hyp2f1 against closed forms', () => {
  it.each([0.1, 0.5, 0.9, 0.99, 1 - 1e-6, 1 - 1e-12])('₂F₁(1, 1; 2; z) = −ln(1 − z)/z at z = %d', (z) => {
    expectRelative(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-10);
  });

  it.each([
    [3.2, 1.7, 0.8],
    [0.4, 2.5, 0.3],
    [0.4, 2.5, 1 - 1e-9],
    [2, 0.6, 0.9999],
  ])('₂F₁(a, b; b; z) = (1 − z)^−a at a = %d, b = %d, z = %d', (a, b, z) => {
    expectRelative(hyp2f1(a, b, b, z), Math.pow(1 - z, -a), 1e-10);
  });

  it('₂F₁(½, ½; 3/2; z²) = arcsin(z)/z and ₂F₁(½, 1; 3/2; −z²) = arctan(z)/z, also for z² > 1', () => {
    expectRelative(hyp2f1(0.5, 0.5, 1.5, 0.81), Math.asin(0.9) / 0.9, 1e-12);
    expectRelative(hyp2f1(0.5, 0.5, 1.5, 0.999999), Math.asin(Math.sqrt(0.999999)) / Math.sqrt(0.999999), 1e-10);
    expectRelative(hyp2f1(0.5, 1, 1.5, -0.81), Math.atan(0.9) / 0.9, 1e-12);
    expectRelative(hyp2f1(0.5, 1, 1.5, -16), Math.atan(4) / 4, 1e-12);
  });

  it('terminates for a negative integer parameter, at any z', () => {
    const [b, c] = [1.3, 2.9];
    for (const z of [0.7, 0.999, -3]) {
      expectRelative(hyp2f1(-2, b, c, z), 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)), 1e-13);
    }
  });
});

describe('hyp2f1 against mpmath (50 digits, at these doubles)', () => {
  it.each([
    // Far from z = 1, where the power series alone is used.
    [1.5, 2.5, 3.3, 0.9, 10.207697472987324],
    [0.3, -0.2, 5.1, 0.99, 0.9870924111646715],
    [20.2, 22.4, 25.1, 0.95, 1.068414464233822e+23],
    [10.243, 12.426, 12.219, 0.9, 27253369537.496834],
    [2.2, -1.3, 0.7, -0.6, 3.799200640526878],
    [9.03, 6.95, 19.12, 0.6, 13.119223055443955],
    [3.2, -1.4, 0.6, -0.9, 10.168071699297055],
    // BG/NBD's ₂F₁(a+b−1−r, a−1; a+b+x−1; z) with CDNOW's a, b, r, where the series needs ~37/(1 − z) terms.
    [1.976, -0.207, 2.219, 1 - 1e-6, 0.4655610387114545],
    [1.976, -0.207, 2.219, 1 - 1e-12, 0.46414123506294525],
    [1.976, -0.207, 302.219, 0.999, 0.9986426264288155],
    [0.75, 1.9, 7.5, 0.999, 1.2876501744368005],
    // A customer with 3,000 repeat purchases: c in the thousands.
    [1.6, 2.5, 3003.7, 0.999, 1.0013323753841186],
    // c − a − b an integer (1, 0, −1) or within 3e-6 of one, where 15.3.6 divides by Γ(0).
    [1.5, 2.5, 5, 0.999999, 5.432247219765445],
    [0.5, 1.5, 2, 1 - 1e-9, 13.68468606426579],
    [2.5, 1.5, 3, 0.9999, 16965.9365798283],
    [2.5, 1.5, 3.000003, 0.9999, 16965.543929060834],
    // z far below −1, mapped by Pfaff's transformation to z/(z − 1) near 1.
    [0.7, 1.3, 2.2, -50, 0.1176047120642428],
  ])('₂F₁(%d, %d; %d; %d)', (a, b, c, z, expected) => {
    expectRelative(hyp2f1(a, b, c, z), expected, 1e-11);
  });
});

describe('hyp2f1 near z = 1', () => {
  it('stays finite and monotone up to the last double below 1', () => {
    let previous = 0;
    for (const gap of [1e-2, 1e-4, 1e-6, 1e-8, 1e-10, 1e-12, 1e-14, Number.EPSILON / 2]) {
      // c − a − b > 0: the series converges at z = 1 itself, to Γ(c)Γ(c−a−b)/(Γ(c−a)Γ(c−b)).
      const value = hyp2f1(1.976, 0.793, 3.219, 1 - gap);
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThan(previous);
      previous = value;
    }
  });

  it('is NaN from z = 1 on and at non-positive integer c', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, 2, 1.5)).toBeNaN();
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNaN();
    expect(hyp2f1(1, 1, 0, -0.5)).toBeNaN();
  });
});
