/**
 * Seeded simulation of customers from the BG/NBD and Gamma-Gamma models, so parameter recovery can be
 * tested on data whose true parameters are known. Deterministic: no Math.random.
 */
import type { BgNbdParams } from '../../src/model/bgnbd';
import type { GammaGammaParams } from '../../src/model/gamma-gamma';

export type Random = () => number;

/** sfc32 seeded through splitmix32; returns uniforms in (0, 1), never 0, so logs stay finite. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const splitmix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return (t + 0.5) / 4294967296;
  };
}

function sampleNormal(random: Random): number {
  return Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, rate) by Marsaglia & Tsang (2000), with the usual boost for shape < 1. */
export function sampleGamma(random: Random, shape: number, rate: number): number {
  if (shape < 1) return sampleGamma(random, shape + 1, rate) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const normal = sampleNormal(random);
    const v = (1 + c * normal) ** 3;
    if (v <= 0) continue;
    const u = random();
    if (Math.log(u) < 0.5 * normal * normal + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

export function sampleBeta(random: Random, a: number, b: number): number {
  const x = sampleGamma(random, a, 1);
  return x / (x + sampleGamma(random, b, 1));
}

export interface SimulatedHistories {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

export interface CohortOptions {
  customers: number;
  seed: number;
  /** Each customer's T is drawn uniformly from [minT, maxT], like first purchases spread over a period. */
  minT: number;
  maxT: number;
}

/** Calibration histories in continuous time, straight from the BG/NBD story. */
export function simulateBgNbd(params: BgNbdParams, options: CohortOptions): SimulatedHistories {
  const random = seededRandom(options.seed);
  const histories: SimulatedHistories = {
    x: new Float64Array(options.customers),
    tx: new Float64Array(options.customers),
    T: new Float64Array(options.customers),
  };
  for (let i = 0; i < options.customers; i++) {
    const rate = sampleGamma(random, params.r, params.alpha);
    const dropout = sampleBeta(random, params.a, params.b);
    const T = options.minT + (options.maxT - options.minT) * random();
    let time = 0, x = 0, tx = 0;
    for (;;) {
      time -= Math.log(random()) / rate;
      if (time > T) break;
      x++;
      tx = time;
      if (random() < dropout) break;
    }
    histories.x[i] = x;
    histories.tx[i] = tx;
    histories.T[i] = T;
  }
  return histories;
}

/**
 * z̄ for each customer with x > 0 (0 otherwise): with ν ~ Gamma(q, γ) and order values ~ Gamma(p, ν),
 * the mean of x orders is Gamma(p·x, x·ν).
 */
export function simulateGammaGamma(params: GammaGammaParams, x: ArrayLike<number>, seed: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: x.length }, (_, i) => {
    const scale = sampleGamma(random, params.q, params.gamma);
    return x[i] > 0 ? sampleGamma(random, params.p * x[i], x[i] * scale) : 0;
  });
}
