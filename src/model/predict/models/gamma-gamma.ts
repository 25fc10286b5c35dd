/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-value
 * Curves"; Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): a customer's order values
 * are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent of how often they buy. Fitted on
 * customers with repeat purchases, from x and their mean repeat-order value z̄.
 */
import { expectedPurchases } from './bgnbd';
import type { BgNbdParams, RepeatHistory } from './bgnbd';
import { maximizeLikelihood } from './optimize';
import { DAYS_PER_UNIT } from '../repeat-summary';
import type { TimeUnit } from '../repeat-summary';
import { digamma, logGamma } from './special-functions';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaData {
  x: ArrayLike<number>;
  zbar: ArrayLike<number>;
}

export interface GammaGammaFit extends GammaGammaParams {
  logLikelihood: number;
  iterations: number;
  /** True only for a finite, interior, well-determined optimum with q > 1; otherwise see `reason`. */
  converged: boolean;
  reason?: string;
  /** Customers the fit used: those with x > 0 and z̄ > 0. */
  customers: number;
}

const PARAM_NAMES = ['p', 'q', 'gamma'] as const;

export function fitGammaGamma(data: GammaGammaData): GammaGammaFit {
  const spenders = repeatSpenders(data);
  const start = startingParams(spenders);
  if (spenders.zbar.length === 0) {
    const reason = 'no customers with repeat purchases';
    return { ...start, logLikelihood: 0, iterations: 0, converged: false, reason, customers: 0 };
  }
  const { params, ...fit } = maximizeLikelihood(
    (params, gradient) => logLikelihoodWithGradient(spenders, params, gradient), start, PARAM_NAMES,
  );
  if (fit.converged && params.q <= 1) {
    fit.converged = false;
    fit.reason = `q = ${params.q.toPrecision(3)} ≤ 1: expected order values would be infinite`;
  }
  return { ...params, ...fit, customers: spenders.zbar.length };
}

/** Log-likelihood of the z̄ of customers with x > 0 and z̄ > 0 (the density of a mean of x Gamma draws). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: GammaGammaData): number {
  return logLikelihoodWithGradient(repeatSpenders(data), params, null);
}

/** E[Z | x, z̄] = p(γ + x z̄)/(p x + q − 1): a customer's expected order value (needs q > 1). */
export function expectedOrderValue(params: GammaGammaParams, x: number, zbar: number): number {
  const { p, q, gamma } = params;
  return (p * (gamma + x * zbar)) / (p * x + q - 1);
}

/**
 * A CLV month: a twelfth of 365 days, so that twelve months are the same year as the 365-day expected
 * purchases (months of 30 days would leave five days of the year out).
 */
const DAYS_PER_MONTH = 365 / 12;

export interface ClvOptions {
  unit: TimeUnit;
  /** Discount rate per month (of DAYS_PER_MONTH days), e.g. 0.01. */
  monthlyDiscountRate: number;
  months?: number;
}

/**
 * Discounted value of the next `months` (default 12) months: Σₘ (E[purchases in month m]) · E[order
 * value] / (1 + d)ᵐ, with month m's purchases = E[Y(m·L)] − E[Y((m−1)·L)] from BG/NBD and L = 365/12
 * days. Each month is discounted in full, as if its purchases were paid at its end.
 */
export function customerLifetimeValue(
  purchases: BgNbdParams, spend: GammaGammaParams, history: RepeatHistory & { zbar: number }, options: ClvOptions,
): number {
  const monthLength = DAYS_PER_MONTH / DAYS_PER_UNIT[options.unit];
  const orderValue = expectedOrderValue(spend, history.x, history.zbar);
  let value = 0;
  let previous = 0;
  for (let month = 1; month <= (options.months ?? 12); month++) {
    const cumulative = expectedPurchases(purchases, history, month * monthLength);
    value += ((cumulative - previous) * orderValue) / Math.pow(1 + options.monthlyDiscountRate, month);
    previous = cumulative;
  }
  return value;
}

interface RepeatSpenders {
  x: Float64Array;
  zbar: Float64Array;
}

/** The customers the model can use, sorted by x so the likelihood computes x-only terms once per x. */
function repeatSpenders(data: GammaGammaData): RepeatSpenders {
  const usable: number[] = [];
  for (let i = 0; i < data.x.length; i++) {
    // z̄ ≤ 0 (refunds, free orders) has no density under a Gamma model.
    if (data.x[i] > 0 && data.zbar[i] > 0 && Number.isFinite(data.zbar[i])) usable.push(i);
  }
  usable.sort((i, j) => data.x[i] - data.x[j]);
  return { x: Float64Array.from(usable, (i) => data.x[i]), zbar: Float64Array.from(usable, (i) => data.zbar[i]) };
}

/** p = q = 1 and γ at the mean spend, so the start sits on the data's scale of money. */
function startingParams(spenders: RepeatSpenders): GammaGammaParams {
  const mean = spenders.zbar.reduce((sum, z) => sum + z, 0) / Math.max(1, spenders.zbar.length);
  return { p: 1, q: 1, gamma: mean > 0 ? mean : 1 };
}

/**
 * Per customer, ln f(z̄ | x) = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x
 * − (px+q) ln(γ + x z̄). Writes ∂/∂(p, q, γ) into `gradient` when given.
 */
function logLikelihoodWithGradient(s: RepeatSpenders, params: GammaGammaParams, gradient: Float64Array | null): number {
  const { p, q, gamma } = params;
  const logGammaQ = logGamma(q), psiQ = digamma(q), logGammaScale = Math.log(gamma);
  let total = 0, dp = 0, dq = 0, dGamma = 0;
  let previousX = Number.NaN, xTerm = 0, psiSum = 0, psiShape = 0;
  for (let i = 0; i < s.x.length; i++) {
    const x = s.x[i], zbar = s.zbar[i];
    if (x !== previousX) {
      previousX = x;
      xTerm = logGamma(p * x + q) - logGamma(p * x) - logGammaQ + q * logGammaScale + p * x * Math.log(x);
      psiSum = digamma(p * x + q);
      psiShape = digamma(p * x);
    }
    const logZbar = Math.log(zbar), scaled = gamma + x * zbar, logScaled = Math.log(scaled);
    total += xTerm + (p * x - 1) * logZbar - (p * x + q) * logScaled;
    dp += x * (psiSum - psiShape + logZbar + Math.log(x) - logScaled);
    dq += psiSum - psiQ + logGammaScale - logScaled;
    dGamma += q / gamma - (p * x + q) / scaled;
  }
  if (gradient) gradient.set([dp, dq, dGamma]);
  return total;
}
