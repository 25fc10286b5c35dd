import { seededRandom } from '../../shared/random';
import { kmeansPlusPlus } from './kmeans-seeding';
import { lloydFrom, MAX_ITERATIONS, type KMeansFit } from './lloyd';
import { scratchFor, type KMeansScratch } from './kmeans-scratch';

export type { KMeansFit } from './lloyd';
export { lloydFrom } from './lloyd';

export interface StartOptions {
  /** How many k-means++ starts to run; the lowest inertia wins. */
  starts?: number;
  seed: number;
}

export const DEFAULT_STARTS = 10;

/** Some of the starts for one k: start `first` and the `count - 1` after it. */
export interface StartRange {
  first: number;
  count: number;
}

/** The best fit among some starts, and which start it was (ties between ranges go to the earlier start). */
export interface StartsFit extends KMeansFit {
  start: number;
}

/**
 * k-means with k clusters: `starts` runs of k-means++ then Lloyd, the lowest inertia kept (on equal
 * inertia, the earlier start). The same points and seed always give the same clusters.
 */
export function bestOfStarts(points: Float64Array, k: number, { starts = DEFAULT_STARTS, seed }: StartOptions): KMeansFit {
  if (!Number.isInteger(starts) || starts < 1) throw new RangeError(`invalid starts: ${starts}`);
  return fitStarts(points, k, seed, { first: 0, count: starts });
}

/**
 * The best of a range of starts. Each start draws from its own generator, seeded from `seed` and
 * its number, so starts 0–4 on one worker and 5–9 on another pick, with `betterFit`, exactly the
 * fit that all ten in one place would. `scratch`: working arrays to reuse (kmeans-scratch.ts).
 */
export function fitStarts(points: Float64Array, k: number, seed: number, { first, count }: StartRange, scratch?: KMeansScratch): StartsFit {
  if (!Number.isInteger(first) || first < 0 || !Number.isInteger(count) || count < 1) throw new RangeError(`invalid starts: ${first} + ${count}`);
  const working = scratchFor(points, scratch);
  let best: StartsFit | null = null;
  for (let start = first; start < first + count; start++) {
    const centroids = kmeansPlusPlus(points, k, seededRandom(startSeed(seed, start)), working);
    const fit = { ...lloydFrom(points, centroids, MAX_ITERATIONS, working), start };
    best = best === null ? fit : betterFit(best, fit);
  }
  return best!;
}

/** The lower inertia; on equal inertia the earlier start, so the answer does not depend on which range finished first. */
export function betterFit<F extends Pick<StartsFit, 'inertia' | 'start'>>(a: F, b: F): F {
  if (a.inertia !== b.inertia) return a.inertia < b.inertia ? a : b;
  return a.start <= b.start ? a : b;
}

/** `starts` split into at most `parts` consecutive ranges, as even as they come (10 over 2: 0–4 and 5–9). */
export function splitStarts(starts: number, parts: number): StartRange[] {
  const used = Math.max(1, Math.min(parts, starts));
  return Array.from({ length: used }, (_, part) => {
    const first = Math.floor((part * starts) / used);
    return { first, count: Math.floor(((part + 1) * starts) / used) - first };
  });
}

/** Well-spread 32-bit seeds, one per start (the golden-ratio step keeps neighbouring starts' streams apart). */
export function startSeed(seed: number, start: number): number {
  return (seed + Math.imul(start + 1, 0x9e3779b9)) >>> 0;
}
