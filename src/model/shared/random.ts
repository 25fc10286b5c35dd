/**
 * Seeded randomness for the sample-data generator. Everything here is deterministic given the
 * seed (no Math.random), so the same seed gives byte-identical sample files on every machine.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: tiny, fast and good enough for synthetic data (not for cryptography). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both inclusive. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new RangeError('pick from an empty list');
  return items[Math.floor(random() * items.length)];
}

/** Box–Muller; one of the pair is discarded to keep the function stateless. 1 − u avoids log(0). */
export function standardNormal(random: Random): number {
  const radius = Math.sqrt(-2 * Math.log(1 - random()));
  return radius * Math.cos(2 * Math.PI * random());
}

/** Gamma(shape, scale) by Marsaglia–Tsang; mean = shape × scale. */
export function gamma(random: Random, shape: number, scale: number): number {
  if (shape <= 0 || scale <= 0) throw new RangeError('gamma needs a positive shape and scale');
  if (shape < 1) {
    // Boost: Gamma(a) = Gamma(a + 1) × U^(1/a), because the squeeze below needs a ≥ 1.
    return gamma(random, shape + 1, scale) * Math.pow(1 - random(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = standardNormal(random);
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
  }
}

/** Poisson(mean): Knuth's method for small means, a rounded normal beyond (exp(-mean) underflows). */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * standardNormal(random)));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}

/**
 * Weighted draws from a set whose members come and go (customers join and drop out), in
 * O(log n) per change or draw via a Fenwick tree. Weights are stored as integers so adding and
 * removing them never drifts, which keeps a removed member from ever being drawn.
 */
export class WeightedPicker {
  private readonly tree: number[];
  private readonly weights: number[];
  private total = 0;

  constructor(readonly size: number) {
    this.tree = new Array<number>(size + 1).fill(0);
    this.weights = new Array<number>(size).fill(0);
  }

  get isEmpty(): boolean {
    return this.total === 0;
  }

  /** Puts `index` in the set with a relative weight (> 0); integer resolution is 1e-6. */
  add(index: number, weight: number): void {
    const units = Math.max(1, Math.round(weight * 1e6));
    this.change(index, units - this.weights[index]);
  }

  remove(index: number): void {
    this.change(index, -this.weights[index]);
  }

  /** An index drawn with probability proportional to its weight; throws when the set is empty. */
  draw(random: Random): number {
    if (this.isEmpty) throw new RangeError('draw from an empty WeightedPicker');
    let remaining = Math.floor(random() * this.total);
    let position = 0;
    for (let step = highestPowerOfTwoAtMost(this.size); step > 0; step >>= 1) {
      const next = position + step;
      if (next <= this.size && this.tree[next] <= remaining) {
        remaining -= this.tree[next];
        position = next;
      }
    }
    return position;
  }

  private change(index: number, delta: number): void {
    this.weights[index] += delta;
    this.total += delta;
    for (let node = index + 1; node <= this.size; node += node & -node) this.tree[node] += delta;
  }
}

function highestPowerOfTwoAtMost(value: number): number {
  let power = 1;
  while (power * 2 <= value) power *= 2;
  return value === 0 ? 0 : power;
}
