import type { Random } from '../../shared/random';
import { DIMENSIONS } from './cluster-features';
import { squaredDistance } from './squared-distance';
import { scratchFor, type KMeansScratch } from './kmeans-scratch';

/**
 * Starting centroids by greedy k-means++ (Arthur & Vassilvitskii 2007, in the form scikit-learn
 * uses): the first is a customer drawn uniformly; each next one is the best of 2 + ⌊ln k⌋
 * customers drawn with probability proportional to their squared distance to the nearest centroid
 * so far, "best" being the one that leaves the smallest total squared distance. Throws when the
 * points hold fewer than k distinct positions (every remaining distance is 0).
 *
 * The candidates of one step are all drawn before any is tried (the draws do not depend on the
 * tries), so one pass over the points tries them all: each candidate's total is still added up in
 * point order, as trying them one pass each would.
 */
export function kmeansPlusPlus(points: Float64Array, k: number, random: Random, scratch?: KMeansScratch): Float64Array {
  const count = points.length / DIMENSIONS;
  if (!Number.isInteger(k) || k < 1 || k > count) throw new RangeError(`invalid k: ${k} for ${count} points`);
  const centroids = new Float64Array(k * DIMENSIONS);
  const trials = 2 + Math.floor(Math.log(k));
  const candidates = new Int32Array(trials);
  const totals = new Float64Array(trials);
  // Squared distance from each point to the nearest centroid so far (each written before it is read).
  const { nearest } = scratchFor(points, scratch);
  copyRow(points, Math.floor(random() * count), centroids, 0);
  let potential = 0;
  for (let i = 0; i < count; i++) potential += nearest[i] = squaredDistance(points, i, centroids, 0);
  for (let centroid = 1; centroid < k; centroid++) {
    if (!(potential > 0)) throw new RangeError(`invalid k: ${k} for ${centroid} distinct points`);
    for (let trial = 0; trial < trials; trial++) candidates[trial] = drawByWeight(nearest, potential, random);
    tryCandidates(points, nearest, candidates, totals);
    let best = 0;
    for (let trial = 1; trial < trials; trial++) if (totals[trial] < totals[best]) best = trial;
    copyRow(points, candidates[best], centroids, centroid);
    for (let i = 0; i < count; i++) nearest[i] = Math.min(nearest[i], squaredDistance(points, i, centroids, centroid));
    potential = totals[best];
  }
  return centroids;
}

/** For each candidate, the total squared distance to the nearest centroid if it were added. */
function tryCandidates(points: Float64Array, nearest: Float64Array, candidates: Int32Array, totals: Float64Array): void {
  for (let first = 0; first < candidates.length; first += 4) {
    // Four at a time, each total in a variable of its own; a missing fourth repeats the last.
    const rows = [0, 1, 2, 3].map((offset) => candidates[Math.min(first + offset, candidates.length - 1)] * DIMENSIONS);
    const fourTotals = tryFour(points, nearest, Float64Array.from(rows.flatMap((row) => [points[row], points[row + 1], points[row + 2]])));
    for (let offset = 0; offset < 4 && first + offset < candidates.length; offset++) totals[first + offset] = fourTotals[offset];
  }
}

function tryFour(points: Float64Array, nearest: Float64Array, at: Float64Array): [number, number, number, number] {
  let [a, b, c, d] = [0, 0, 0, 0];
  for (let i = 0, from = 0; i < nearest.length; i++, from += DIMENSIONS) {
    const x = points[from];
    const y = points[from + 1];
    const z = points[from + 2];
    const near = nearest[i];
    a += Math.min(near, (x - at[0]) * (x - at[0]) + (y - at[1]) * (y - at[1]) + (z - at[2]) * (z - at[2]));
    b += Math.min(near, (x - at[3]) * (x - at[3]) + (y - at[4]) * (y - at[4]) + (z - at[5]) * (z - at[5]));
    c += Math.min(near, (x - at[6]) * (x - at[6]) + (y - at[7]) * (y - at[7]) + (z - at[8]) * (z - at[8]));
    d += Math.min(near, (x - at[9]) * (x - at[9]) + (y - at[10]) * (y - at[10]) + (z - at[11]) * (z - at[11]));
  }
  return [a, b, c, d];
}

/** An index drawn with probability weight[i] / total; an index of weight 0 is never drawn. */
function drawByWeight(weights: Float64Array, total: number, random: Random): number {
  const target = random() * total;
  let sum = 0;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] === 0) continue;
    sum += weights[i];
    last = i;
    if (sum > target) return i;
  }
  return last; // the running sum fell a rounding short of `total`
}

function copyRow(from: Float64Array, row: number, to: Float64Array, toRow: number): void {
  to.set(from.subarray(row * DIMENSIONS, (row + 1) * DIMENSIONS), toRow * DIMENSIONS);
}
