/**
 * The few special functions the purchase models need, in plain TypeScript so they run in a Web Worker.
 */

// Lanczos approximation with g = 7, n = 9: about 1e-15 relative error for Γ over the positive reals.
const LANCZOS_G = 7;
const LANCZOS_COEFFICIENTS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln |Γ(x)|; NaN at the poles (0, −1, −2, …). */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || (x <= 0 && Number.isInteger(x))) return Number.NaN;
  // Reflection keeps the series where it is accurate: Γ(x)Γ(1−x) = π / sin(πx).
  if (x < 0.5) return Math.log(Math.PI / Math.abs(sinPi(x))) - logGamma(1 - x);
  const z = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += LANCZOS_COEFFICIENTS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
}

/**
 * sin(πx) with x reduced to [−½, ½] first, which is exact: Math.sin(Math.PI * x) would carry the
 * rounding of π·x, a relative error of ~1e-16/(distance to an integer), into Γ just beside its poles.
 */
function sinPi(x: number): number {
  const nearest = Math.round(x);
  const value = Math.sin(Math.PI * (x - nearest));
  return nearest % 2 === 0 ? value : -value;
}

/** ψ(x) = d/dx ln Γ(x), for the analytic gradients of the likelihoods; NaN at the poles. */
export function digamma(x: number): number {
  if (Number.isNaN(x) || (x <= 0 && Number.isInteger(x))) return Number.NaN;
  if (x < 0) return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  let shift = 0;
  // ψ(x) = ψ(x + 1) − 1/x moves x to where the asymptotic series is accurate to ~1e-15.
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  const tail = f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
  return shift + Math.log(x) - 0.5 / x - tail;
}
