import { seededRandom } from '../../shared/random';
import { kmeansPlusPlus } from './kmeans-seeding';
import { lloydFrom, type KMeansFit } from './lloyd';

export type { KMeansFit } from './lloyd';
export { lloydFrom } from './lloyd';

export interface StartOptions {
  /** How many k-means++ starts to run; the lowest inertia wins. */
  starts?: number;
  seed: number;
}

export const DEFAULT_STARTS = 10;

/**
 * k-means with k clusters: `starts` runs of k-means++ then Lloyd, all drawing from one generator
 * seeded with `seed`, so the same points and seed always give the same clusters. The fit with the
 * lowest inertia is kept; on equal inertia, the earlier start.
 */
export function bestOfStarts(points: Float64Array, k: number, { starts = DEFAULT_STARTS, seed }: StartOptions): KMeansFit {
  if (!Number.isInteger(starts) || starts < 1) throw new RangeError(`invalid starts: ${starts}`);
  const random = seededRandom(seed);
  let best: KMeansFit | null = null;
  for (let start = 0; start < starts; start++) {
    const fit = lloydFrom(points, kmeansPlusPlus(points, k, random));
    if (best === null || fit.inertia < best.inertia) best = fit;
  }
  return best!;
}
