/**
 * The Gauss hypergeometric function ₂F₁(a, b; c; z) for real arguments and z < 1, which BG/NBD's
 * expected purchases need (FHL 2005 eq. 10) with z = t/(α + T + t) anywhere in [0, 1).
 *
 * The power series alone needs ~37/(1 − z) terms, so it crawls (and gives up) as z → 1, which happens
 * for a long horizon t against a small α + T. So the series is summed only while it converges within
 * DIRECT_TERMS terms; beyond, z is mapped to 1 − z (Abramowitz & Stegun 15.3.6), where two series
 * converge fast. Negative z is mapped into (0, 1) first (15.3.4).
 */
import { logGamma } from './special-functions';

const SERIES_EPSILON = 1e-16;
const SERIES_MAX_TERMS = 100_000;
/** Beyond this many terms (z within ~0.04 of 1, or large parameters) the power series gives way to 15.3.6. */
const DIRECT_TERMS = 1_000;

/**
 * 15.3.6 divides by Γ(c − a − b) at an integer c − a − b, and loses ~log₁₀(1/distance) digits near one.
 * Within NEAR_INTEGER of an integer the value is interpolated instead (a cubic through c − a − b at the
 * integer ± 1 and ± 2 steps, as ₂F₁ is smooth in c): the cancellation (~1e-15/step) and the interpolation
 * error (~step⁴ (ln(1 − z))⁴) stay near 1e-11 even for z a double's width below 1.
 */
const NEAR_INTEGER = 1e-4;
const INTERPOLATION_NODES = [-2, -1, 1, 2].map((step) => step * NEAR_INTEGER);

/** ₂F₁(a, b; c; z) for z < 1; NaN for z ≥ 1 and at c = 0, −1, −2, … */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(z < 1) || Number.isNaN(a + b + c) || isNonPositiveInteger(c)) return Number.NaN;
  // A polynomial: the series stops by itself, for any z.
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return powerSeries(a, b, c, z);
  // Pfaff (15.3.4): z < 0 maps to z/(z − 1) in (0, 1).
  if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
  const direct = powerSeries(a, b, c, z, DIRECT_TERMS);
  return Number.isNaN(direct) ? nearOne(a, b, c, z) : direct;
}

function nearOne(a: number, b: number, c: number, z: number): number {
  const d = c - a - b;
  const offset = d - Math.round(d);
  if (Math.abs(offset) >= NEAR_INTEGER) return linearTransformation(a, b, c, z);
  // Lagrange's form of the cubic through the nodes, evaluated at `offset`.
  return INTERPOLATION_NODES.reduce((sum, node, j) => {
    const weight = INTERPOLATION_NODES.reduce((w, other, k) => (k === j ? w : (w * (offset - other)) / (node - other)), 1);
    return sum + weight * linearTransformation(a, b, c - offset + node, z);
  }, 0);
}

/**
 * 15.3.6, two series in 1 − z < ½, with d = c − a − b:
 * ₂F₁(a, b; c; z) = Γ(c)Γ(d)/(Γ(c−a)Γ(c−b)) ₂F₁(a, b; 1−d; 1−z)
 *                 + (1−z)^d Γ(c)Γ(−d)/(Γ(a)Γ(b)) ₂F₁(c−a, c−b; 1+d; 1−z).
 */
function linearTransformation(a: number, b: number, c: number, z: number): number {
  const d = c - a - b;
  const w = 1 - z;
  const first = gammaRatio([c, d], [c - a, c - b], 0) * powerSeries(a, b, 1 - d, w);
  const second = gammaRatio([c, -d], [a, b], d * Math.log(w)) * powerSeries(c - a, c - b, 1 + d, w);
  return first + second;
}

/** Σ (a)ₙ(b)ₙ/((c)ₙ n!) zⁿ, summed until the tail cannot change it. */
function powerSeries(a: number, b: number, c: number, z: number, maxTerms = SERIES_MAX_TERMS): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
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

/** e^logFactor · Π Γ(numerators) / Π Γ(denominators), in logs so that no Γ overflows; 0 when 1/Γ is. */
function gammaRatio(numerators: number[], denominators: number[], logFactor: number): number {
  if (denominators.some(isNonPositiveInteger)) return 0;
  let log = logFactor;
  let sign = 1;
  for (const x of numerators) {
    log += logGamma(x);
    sign *= gammaSign(x);
  }
  for (const x of denominators) {
    log -= logGamma(x);
    sign *= gammaSign(x);
  }
  return sign * Math.exp(log);
}

/** Γ is positive on x > 0 and alternates in sign between the poles below 0: Γ(−½) < 0, Γ(−3/2) > 0. */
function gammaSign(x: number): number {
  return x > 0 || Math.floor(-x) % 2 === 1 ? 1 : -1;
}

function isNonPositiveInteger(x: number): boolean {
  return x <= 0 && Number.isInteger(x);
}
