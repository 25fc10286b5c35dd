/**
 * The BG/NBD model of repeat purchasing (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy
 * Way"): while alive a customer buys at Poisson rate λ ~ Gamma(r, α); after each repeat purchase they
 * drop out for good with probability p ~ Beta(a, b). Fitted by maximum likelihood on (x, t_x, T).
 */
import { maximizeLikelihood } from './optimize';
import { hyp2f1 } from './hypergeometric';
import { digamma, logGamma } from './special-functions';

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** One customer's calibration history, in the fit's time unit (see repeat-summary.ts). */
export interface RepeatHistory {
  /** Repeat purchases (purchase days after the first). */
  x: number;
  /** Time from the first to the last purchase. */
  tx: number;
  /** Time from the first purchase to the end of the calibration period. */
  T: number;
}

export interface BgNbdData {
  x: ArrayLike<number>;
  tx: ArrayLike<number>;
  T: ArrayLike<number>;
}

export interface BgNbdFit extends BgNbdParams {
  logLikelihood: number;
  iterations: number;
  /** True only for a finite, interior and well-determined optimum; otherwise `reason` says what went wrong. */
  converged: boolean;
  reason?: string;
  customers: number;
}

const PARAM_NAMES = ['r', 'alpha', 'a', 'b'] as const;

export function fitBgNbd(data: BgNbdData): BgNbdFit {
  const invalid = findInvalidHistory(data);
  if (invalid) return unfitted(invalid, data.x.length, null);
  const histories = aggregateHistories(data);
  if (histories.customers === 0) return unfitted('no customers to fit', 0, histories);
  if (!histories.x.some((x) => x > 0)) {
    return unfitted('no repeat purchases: the dropout process cannot be estimated', histories.customers, histories);
  }
  const { params, ...fit } = maximizeLikelihood(
    (params, gradient) => logLikelihoodWithGradient(histories, params, gradient), startingParams(histories), PARAM_NAMES,
  );
  return { ...params, ...fit, customers: histories.customers };
}

/** A fit that was not attempted: the neutral starting values (and their log-likelihood, if defined). */
function unfitted(reason: string, customers: number, histories: AggregatedHistories | null): BgNbdFit {
  const start = histories ? startingParams(histories) : { r: 1, alpha: 1, a: 1, b: 1 };
  const logLikelihood = histories ? logLikelihoodOf(histories, start) : Number.NaN;
  return { ...start, logLikelihood, iterations: 0, converged: false, reason, customers };
}

/** Total log-likelihood (FHL 2005 eq. 6) of the histories under `params`. */
export function bgNbdLogLikelihood(params: BgNbdParams, data: BgNbdData): number {
  return logLikelihoodOf(aggregateHistories(data), params);
}

/** P(alive at T | x, t_x, T); 1 when x = 0 because BG/NBD customers only drop out after a repeat purchase. */
export function probabilityAlive(params: BgNbdParams, history: RepeatHistory): number {
  if (history.x === 0) return 1;
  return 1 / (1 + Math.exp(logDeadToAliveOdds(params, history)));
}

/** E[purchases in (T, T + t] | x, t_x, T] (FHL 2005 eq. 10). */
export function expectedPurchases(params: BgNbdParams, history: RepeatHistory, t: number): number {
  const { r, alpha, b } = params;
  const { x, T } = history;
  if (t <= 0) return 0;
  // a = 1 is a removable singularity of eq. 10 (0/0); a step of 1e-7 changes the result far less than
  // the estimate's own uncertainty.
  const a = Math.abs(params.a - 1) < 1e-7 ? 1 + 1e-7 : params.a;
  const z = t / (alpha + T + t);
  // Euler's transformation turns ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z) into
  // (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose parameters do not grow with x.
  const tail = Math.pow(1 - z, a - 1) * hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  return (((a + b + x - 1) / (a - 1)) * (1 - tail)) * probabilityAlive(params, history);
}

/**
 * P(no purchase in (T, T + t] | x, t_x, T) — the chance the customer is lost for the next t.
 *
 * Either the customer has already dropped out (probability 1 − P(alive)), or they are alive and their
 * Poisson process happens to produce nothing in t. Given alive, the posterior of λ is
 * Gamma(r + x, α + T) (no dropout happened, so the likelihood is λ^x e^(−λT)), and
 * ∫ e^(−λt) Gamma(λ; r + x, α + T) dλ = ((α + T)/(α + T + t))^(r + x). Dropout cannot occur before
 * the next purchase, so it cannot change this: P = (1 − P(alive)) + P(alive)·((α+T)/(α+T+t))^(r+x).
 */
export function probabilityNoPurchase(params: BgNbdParams, history: RepeatHistory, t: number): number {
  const alive = probabilityAlive(params, history);
  const { r, alpha } = params;
  const silentIfAlive = Math.exp((r + history.x) * (Math.log(alpha + history.T) - Math.log(alpha + history.T + t)));
  return 1 - alive + alive * silentIfAlive;
}

/** ln of (a/(b+x−1))·((α+T)/(α+t_x))^(r+x), the weight of "dropped out after the last purchase". */
function logDeadToAliveOdds(params: BgNbdParams, history: RepeatHistory): number {
  const { r, alpha, a, b } = params;
  const { x, tx, T } = history;
  return Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
}

/** Identical (x, t_x, T) triples share one likelihood term, weighted by how many customers have it. */
interface AggregatedHistories {
  customers: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  weight: Float64Array;
  /** Index of each triple's x among `levels`, so x-only terms are computed once per distinct x. */
  level: Uint32Array;
  levels: Float64Array;
  levelWeight: Float64Array;
}

function aggregateHistories(data: BgNbdData): AggregatedHistories {
  const { x, tx, T } = data;
  // Sorted by x first, so that each distinct x is one contiguous run of triples.
  const order = Uint32Array.from({ length: x.length }, (_, i) => i)
    .sort((i, j) => x[i] - x[j] || T[i] - T[j] || tx[i] - tx[j]);
  const firstOfRun: number[] = [], weight: number[] = [], level: number[] = [], levelWeight: number[] = [];
  order.forEach((i, k) => {
    const previous = order[k - 1];
    const newLevel = k === 0 || x[i] !== x[previous];
    if (newLevel) levelWeight.push(0);
    levelWeight[levelWeight.length - 1]++;
    if (!newLevel && T[i] === T[previous] && tx[i] === tx[previous]) {
      weight[weight.length - 1]++;
      return;
    }
    firstOfRun.push(i);
    weight.push(1);
    level.push(levelWeight.length - 1);
  });
  return {
    customers: x.length,
    x: Float64Array.from(firstOfRun, (i) => x[i]),
    tx: Float64Array.from(firstOfRun, (i) => tx[i]),
    T: Float64Array.from(firstOfRun, (i) => T[i]),
    weight: Float64Array.from(weight),
    level: Uint32Array.from(level),
    levels: Float64Array.from(new Set(firstOfRun.map((i) => x[i]))),
    levelWeight: Float64Array.from(levelWeight),
  };
}

function findInvalidHistory(data: BgNbdData): string | undefined {
  const n = data.x.length;
  if (data.tx.length !== n || data.T.length !== n) return 'x, tx and T differ in length';
  for (let i = 0; i < n; i++) {
    const x = data.x[i], tx = data.tx[i], T = data.T[i];
    if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && tx <= T && Number.isFinite(T)) || (x === 0 && tx !== 0)) {
      return `invalid history at index ${i}: x=${x}, tx=${tx}, T=${T}`;
    }
  }
  return undefined;
}

/** r = a = b = 1 and α matching the observed purchase rate: a neutral start in any time unit. */
function startingParams(histories: AggregatedHistories): BgNbdParams {
  let exposure = 0, purchases = 0;
  histories.weight.forEach((w, i) => {
    exposure += w * histories.T[i];
    purchases += w * histories.x[i];
  });
  const alpha = exposure > 0 ? exposure / Math.max(purchases, 1) : 1;
  return { r: 1, alpha, a: 1, b: 1 };
}

function logLikelihoodOf(histories: AggregatedHistories, params: BgNbdParams): number {
  return logLikelihoodWithGradient(histories, params, null);
}

/**
 * FHL 2005 eq. 6 in log space: ln L = A₁ + A₂ + ln(e^A₃ + δ_{x>0} e^A₄) with
 *   A₁ = ln Γ(r+x) − ln Γ(r) + r ln α,     A₂ = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x),
 *   A₃ = −(r+x) ln(α+T),                    A₄ = ln a − ln(b+x−1) − (r+x) ln(α+t_x).
 * Writes ∂ ln L/∂(r, α, a, b) into `gradient` when given.
 */
function logLikelihoodWithGradient(h: AggregatedHistories, params: BgNbdParams, gradient: Float64Array | null): number {
  const { r, alpha, a, b } = params;
  const perLevel = levelTerms(h.levels, params);
  let total = 0, dr = 0, dAlpha = 0, da = 0, db = 0;
  for (let i = 0; i < h.x.length; i++) {
    const w = h.weight[i], x = h.x[i], k = h.level[i];
    const logAlphaT = Math.log(alpha + h.T[i]);
    const a3 = -(r + x) * logAlphaT;
    if (x === 0) {
      total += w * a3;
      dr -= w * logAlphaT;
      dAlpha -= (w * r) / (alpha + h.T[i]);
      continue;
    }
    const logAlphaTx = Math.log(alpha + h.tx[i]);
    const a4 = perLevel.logDropout[k] - (r + x) * logAlphaTx;
    // ln(e^A₃ + e^A₄) = max + ln(1 + e^−|A₃−A₄|); its gradient is w₃ dA₃ + w₄ dA₄ with softmax weights.
    const smaller = Math.exp(-Math.abs(a3 - a4));
    total += w * (Math.max(a3, a4) + Math.log1p(smaller));
    const w4 = (w * (a4 > a3 ? 1 : smaller)) / (1 + smaller), w3 = w - w4;
    dr -= w3 * logAlphaT + w4 * logAlphaTx;
    dAlpha -= (r + x) * (w3 / (alpha + h.T[i]) + w4 / (alpha + h.tx[i]));
    da += w4 / a;
    db -= w4 / (b + x - 1);
  }
  h.levelWeight.forEach((w, k) => {
    total += w * perLevel.logConstant[k];
    dr += w * perLevel.dConstant.r[k];
    dAlpha += (w * r) / alpha;
    da += w * perLevel.dConstant.a[k];
    db += w * perLevel.dConstant.b[k];
  });
  if (gradient) gradient.set([dr, dAlpha, da, db]);
  return total;
}

/** The x-only parts of the likelihood: A₁ + A₂, its partial derivatives, and ln a − ln(b+x−1). */
function levelTerms(levels: Float64Array, { r, alpha, a, b }: BgNbdParams) {
  const constantPart = logGamma(a + b) - logGamma(b) - logGamma(r) + r * Math.log(alpha);
  const psiAB = digamma(a + b), psiB = digamma(b), psiR = digamma(r), logAlpha = Math.log(alpha);
  const logConstant = levels.map((x) => constantPart + logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x));
  const logDropout = levels.map((x) => (x > 0 ? Math.log(a) - Math.log(b + x - 1) : -Infinity));
  const dConstant = {
    r: levels.map((x) => digamma(r + x) - psiR + logAlpha),
    a: levels.map((x) => psiAB - digamma(a + b + x)),
    b: levels.map((x) => psiAB + digamma(b + x) - psiB - digamma(a + b + x)),
  };
  return { logConstant, logDropout, dConstant };
}
