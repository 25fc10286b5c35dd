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
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let series = LANCZOS_COEFFICIENTS[0];
  for (let i = 1; i < LANCZOS_COEFFICIENTS.length; i++) series += LANCZOS_COEFFICIENTS[i] / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(series);
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

const SERIES_EPSILON = 1e-16;
const SERIES_MAX_TERMS = 2_000_000;

/**
 * Gauss hypergeometric ₂F₁(a, b; c; z) for real arguments and |z| < 1, by its power series.
 *
 * When c − a − b < 0 the series' terms shrink only like n^(a+b−c−1)·zⁿ (and the sum blows up as z → 1),
 * so Euler's transformation ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z) is used instead,
 * whose terms shrink faster. Returns NaN outside the domain or if the series fails to converge (only
 * for z within ~1e-5 of 1).
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(Math.abs(z) < 1) || (c <= 0 && Number.isInteger(c))) return Number.NaN;
  if (z > 0 && c - a - b < 0) return Math.pow(1 - z, c - a - b) * hyp2f1Series(c - a, c - b, c, z);
  return hyp2f1Series(a, b, c, z);
}

function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < SERIES_MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    // Once n is past |a|, |b| and |c| the ratios move monotonically towards z, so no later ratio exceeds
    // ρ = max(|ratio|, |z|) and the tail is at most |term|·ρ/(1 − ρ).
    const rho = Math.max(Math.abs(ratio), Math.abs(z));
    const pastHump = n > Math.abs(a) + Math.abs(b) + Math.abs(c);
    if (pastHump && Math.abs(term) * rho <= SERIES_EPSILON * (1 - rho) * Math.abs(sum)) return sum;
  }
  return Number.NaN;
}
