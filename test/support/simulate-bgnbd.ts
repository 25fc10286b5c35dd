/**
 * Seeded simulation of customers from the BG/NBD and Gamma-Gamma models, so parameter recovery can be
 * tested on data whose true parameters are known. Deterministic: draws come from the seeded generator
 * in src/model/random.ts, never Math.random.
 */
import type { BgNbdParams } from '../../src/model/predict/models/bgnbd';
import type { GammaGammaParams } from '../../src/model/predict/models/gamma-gamma';
import { gamma, seededRandom } from '../../src/model/shared/random';
import type { Random } from '../../src/model/shared/random';

function sampleBeta(random: Random, a: number, b: number): number {
  const x = gamma(random, a, 1);
  return x / (x + gamma(random, b, 1));
}

/** Exponential waiting time at `rate`; 1 − u keeps the log finite since u may be 0. */
function waitingTime(random: Random, rate: number): number {
  return -Math.log(1 - random()) / rate;
}

export interface SimulatedHistories {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  /** Repeat purchases in (T, T + holdout]. */
  holdoutX: Float64Array;
}

export interface CohortOptions {
  customers: number;
  seed: number;
  /** Each customer's T is drawn uniformly from [minT, maxT], like first purchases spread over a period. */
  minT: number;
  maxT: number;
  /** Length of the period after T whose purchases are counted in `holdoutX`; 0 when omitted. */
  holdout?: number;
}

/** Histories in continuous time, straight from the BG/NBD story. */
export function simulateBgNbd(params: BgNbdParams, options: CohortOptions): SimulatedHistories {
  const random = seededRandom(options.seed);
  const holdout = options.holdout ?? 0;
  const histories: SimulatedHistories = {
    x: new Float64Array(options.customers),
    tx: new Float64Array(options.customers),
    T: new Float64Array(options.customers),
    holdoutX: new Float64Array(options.customers),
  };
  for (let i = 0; i < options.customers; i++) {
    const rate = gamma(random, params.r, 1 / params.alpha);
    const dropout = sampleBeta(random, params.a, params.b);
    const T = options.minT + (options.maxT - options.minT) * random();
    histories.T[i] = T;
    let time = 0, alive = true;
    while (alive) {
      time += waitingTime(random, rate);
      if (time > T + holdout) break;
      if (time <= T) {
        histories.x[i]++;
        histories.tx[i] = time;
      } else {
        histories.holdoutX[i]++;
      }
      // The customer may drop out right after each repeat purchase.
      alive = random() >= dropout;
    }
  }
  return histories;
}

export interface SimulatedSpend {
  /** Mean of the customer's x repeat orders; 0 when x = 0. */
  zbar: Float64Array;
  /** One further order of the same customer: what E[Z | x, z̄] predicts. */
  nextOrder: Float64Array;
}

/** Per customer ν ~ Gamma(q, γ) and order values ~ Gamma(p, ν); the mean of x orders is Gamma(p·x, x·ν). */
export function simulateGammaGamma(params: GammaGammaParams, x: ArrayLike<number>, seed: number): SimulatedSpend {
  const random = seededRandom(seed);
  const spend: SimulatedSpend = { zbar: new Float64Array(x.length), nextOrder: new Float64Array(x.length) };
  for (let i = 0; i < x.length; i++) {
    // Gamma(shape, rate) draws, written with random.ts's scale = 1/rate.
    const nu = gamma(random, params.q, 1 / params.gamma);
    if (x[i] > 0) spend.zbar[i] = gamma(random, params.p * x[i], 1 / (x[i] * nu));
    spend.nextOrder[i] = gamma(random, params.p, 1 / nu);
  }
  return spend;
}

/**
 * The wait from T to the next purchase of customers who are alive at T and made exactly `x`
 * purchases in (0, T], by rejection: draw λ from the prior Gamma(r, α), count a Poisson process over
 * (0, T], keep the customers with x purchases, then draw their next wait (memoryless: Exp(λ)). No
 * posterior is assumed; it comes out of the rejection.
 */
export function simulateNextWaitGivenAlive(params: BgNbdParams, x: number, T: number, wanted: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const waits = new Float64Array(wanted);
  let kept = 0;
  while (kept < wanted) {
    const rate = gamma(random, params.r, 1 / params.alpha);
    let purchases = 0;
    for (let time = waitingTime(random, rate); time <= T && purchases <= x; time += waitingTime(random, rate)) purchases++;
    if (purchases === x) waits[kept++] = waitingTime(random, rate);
  }
  return waits;
}
