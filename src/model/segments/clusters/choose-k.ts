import { DIMENSIONS } from './cluster-features';
import { betterFit, DEFAULT_STARTS, fitStarts, splitStarts, type KMeansFit, type StartRange, type StartsFit } from './kmeans';
import { kmeansScratch } from './kmeans-scratch';
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
 * Where the fits run: in this thread (`localFitter`) or spread over workers. Either way a range of
 * starts gives its best fit with labels in the points' own order, and the silhouette is scored on
 * the same seeded sample, so every fitter gives the same clusters.
 */
export interface KFitter {
  fitStarts(k: number, range: StartRange): Promise<StartsFit>;
  silhouette(labels: Int32Array, k: number): Promise<number>;
  /** How many ranges the starts of one k are split into (one per worker). */
  readonly parallel: number;
  /** Frees the fitter's workers once the fit is done (or abandoned). */
  close?(): void;
}

/**
 * Fits k = 2 … 10 (fewer when the customers sit on fewer distinct points: k cannot exceed them) and
 * scores each by inertia and mean silhouette. The starts of each k are split over the fitter's
 * workers, one k after the other; the silhouettes are then scored side by side. Throws TooFewDistinctCustomers
 * when there are not two distinct points to tell apart.
 */
export async function chooseK(points: Float64Array, fitter: KFitter, { starts = DEFAULT_STARTS, largestK = LARGEST_K }: Partial<ChooseOptions> = {}): Promise<ClusterChoice> {
  const top = Math.min(largestK, distinctPoints(points, largestK));
  if (top < SMALLEST_K) throw new TooFewDistinctCustomers('invalid clustering: fewer than two distinct customers');
  const ranges = splitStarts(starts, fitter.parallel);
  const fits: KMeansFit[] = [];
  for (let k = SMALLEST_K; k <= top; k++) {
    const parts = await Promise.all(ranges.map((range) => fitter.fitStarts(k, range)));
    fits.push(parts.reduce(betterFit));
  }
  // After every fit, so that each k's starts have the workers to themselves (and their time is theirs).
  const scores = await Promise.all(fits.map((fit) => fitter.silhouette(fit.labels, fit.k)));
  const candidates = fits.map((fit, index) => ({ k: fit.k, inertia: fit.inertia, silhouette: scores[index] }));
  return { candidates, bestK: bestSilhouetteK(candidates), fits };
}

/**
 * Fits in this thread. The starts run on the points in spatial order (spatial-order.ts), for speed;
 * the labels returned are in the points' own order. A cluster worker holds one of these.
 */
export function localFitter(points: Float64Array, { seed, sampleSize = SILHOUETTE_SAMPLE }: Pick<ChooseOptions, 'seed' | 'sampleSize'>): KFitter & {
  fitStartsNow(k: number, range: StartRange): StartsFit;
  /** The same fit with its labels still in spatial order; `inPointOrder` puts them back. */
  fitStartsInSpatialOrder(k: number, range: StartRange): StartsFit;
  inPointOrder(spatialLabels: Int32Array): Int32Array;
  silhouetteNow(labels: Int32Array, k: number): number;
} {
  const order = spatialOrder(points);
  const ordered = reorderRows(points, order);
  const scratch = kmeansScratch(ordered); // one set for every start this fitter runs, one at a time
  const fitStartsInSpatialOrder = (k: number, range: StartRange) => fitStarts(ordered, k, seed, range, scratch);
  const inPointOrder = (spatialLabels: Int32Array) => {
    const labels = new Int32Array(spatialLabels.length);
    order.forEach((row, index) => (labels[row] = spatialLabels[index]));
    return labels;
  };
  const fitStartsNow = (k: number, range: StartRange): StartsFit => {
    const fitted = fitStartsInSpatialOrder(k, range);
    return { ...fitted, labels: inPointOrder(fitted.labels) };
  };
  const silhouetteNow = (labels: Int32Array, k: number) => meanSilhouette(points, labels, k, { sampleSize, seed });
  return {
    parallel: 1,
    fitStartsNow,
    fitStartsInSpatialOrder,
    inPointOrder,
    silhouetteNow,
    fitStarts: async (k, range) => fitStartsNow(k, range),
    silhouette: async (labels, k) => silhouetteNow(labels, k),
  };
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
