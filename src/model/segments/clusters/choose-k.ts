import { DIMENSIONS } from './cluster-features';
import { bestOfStarts, DEFAULT_STARTS, type KMeansFit } from './kmeans';
import { meanSilhouette, SILHOUETTE_SAMPLE } from './silhouette';
import { reorderRows, spatialOrder } from './spatial-order';

export const SMALLEST_K = 2;
export const LARGEST_K = 10;

/** Thrown when the customers sit on fewer than two distinct points: there is nothing to cluster. */
export class TooFewDistinctCustomers extends RangeError {
  override name = 'TooFewDistinctCustomers';
}

/** One row of the elbow/silhouette chart. */
export interface KCandidate {
  k: number;
  inertia: number;
  /** Mean silhouette; NaN when it cannot be computed (the sample held one cluster only). */
  silhouette: number;
}

export interface ClusterChoice {
  candidates: KCandidate[];
  /** The k with the best mean silhouette; on a tie, the smaller k. */
  bestK: number;
  /** The best-of-starts fit for each candidate k, in the same order. */
  fits: KMeansFit[];
}

export interface ChooseOptions {
  seed: number;
  starts?: number;
  sampleSize?: number;
  largestK?: number;
}

/**
 * Fits k = 2 … 10 (fewer when the customers sit on fewer distinct points: k cannot exceed them) and
 * scores each by inertia and mean silhouette, all from one seed. The fits run on the points in
 * spatial order (spatial-order.ts), for speed; the labels returned are in the points' own order.
 * Throws TooFewDistinctCustomers when there are not two distinct points to tell apart.
 */
export function chooseK(points: Float64Array, { seed, starts = DEFAULT_STARTS, sampleSize = SILHOUETTE_SAMPLE, largestK = LARGEST_K }: ChooseOptions): ClusterChoice {
  const top = Math.min(largestK, distinctPoints(points, largestK));
  if (top < SMALLEST_K) throw new TooFewDistinctCustomers('invalid clustering: fewer than two distinct customers');
  const order = spatialOrder(points);
  const ordered = reorderRows(points, order);
  const fits: KMeansFit[] = [];
  const candidates: KCandidate[] = [];
  for (let k = SMALLEST_K; k <= top; k++) {
    const fitted = bestOfStarts(ordered, k, { starts, seed });
    const fit = { ...fitted, labels: new Int32Array(fitted.labels.length) };
    order.forEach((row, index) => (fit.labels[row] = fitted.labels[index]));
    fits.push(fit);
    candidates.push({ k, inertia: fit.inertia, silhouette: meanSilhouette(points, fit.labels, k, { sampleSize, seed }) });
  }
  return { candidates, bestK: bestSilhouetteK(candidates), fits };
}

/** The first k with the highest finite silhouette (so ties go to the smaller k); else the smallest k. */
export function bestSilhouetteK(candidates: readonly KCandidate[]): number {
  let best = candidates[0];
  for (const candidate of candidates) {
    if (Number.isFinite(candidate.silhouette) && !(candidate.silhouette <= best.silhouette)) best = candidate;
  }
  return best.k;
}

/** How many distinct points there are, counting no further than `limit`. */
export function distinctPoints(points: Float64Array, limit: number): number {
  const seen = new Set<string>();
  for (let i = 0; i < points.length && seen.size < limit; i += DIMENSIONS) {
    seen.add(`${points[i]},${points[i + 1]},${points[i + 2]}`);
  }
  return seen.size;
}
