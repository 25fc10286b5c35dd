import type { Random } from '../../shared/random';
import { DIMENSIONS } from './cluster-features';
import { squaredDistance } from './squared-distance';

/**
 * Starting centroids by greedy k-means++ (Arthur & Vassilvitskii 2007, in the form scikit-learn
 * uses): the first is a customer drawn uniformly; each next one is the best of 2 + ⌊ln k⌋
 * customers drawn with probability proportional to their squared distance to the nearest centroid
 * so far, "best" being the one that leaves the smallest total squared distance. Throws when the
 * points hold fewer than k distinct positions (every remaining distance is 0).
 */
export function kmeansPlusPlus(points: Float64Array, k: number, random: Random): Float64Array {
  const count = points.length / DIMENSIONS;
  if (!Number.isInteger(k) || k < 1 || k > count) throw new RangeError(`invalid k: ${k} for ${count} points`);
  const centroids = new Float64Array(k * DIMENSIONS);
  const trials = 2 + Math.floor(Math.log(k));
  // Squared distances to the nearest centroid so far; the trial's and the best trial's, swapped, not copied.
  let nearest = new Float64Array(count);
  let trial = new Float64Array(count);
  let chosen = new Float64Array(count);
  copyRow(points, Math.floor(random() * count), centroids, 0);
  let potential = 0;
  for (let i = 0; i < count; i++) potential += nearest[i] = squaredDistance(points, i, centroids, 0);
  for (let centroid = 1; centroid < k; centroid++) {
    if (!(potential > 0)) throw new RangeError(`invalid k: ${k} for ${centroid} distinct points`);
    let bestPotential = Infinity;
    let bestIndex = -1;
    for (let attempt = 0; attempt < trials; attempt++) {
      const candidate = drawByWeight(nearest, potential, random);
      let sum = 0;
      for (let i = 0; i < count; i++) sum += trial[i] = Math.min(nearest[i], squaredDistance(points, i, points, candidate));
      if (sum < bestPotential) {
        [bestPotential, bestIndex, chosen, trial] = [sum, candidate, trial, chosen];
      }
    }
    copyRow(points, bestIndex, centroids, centroid);
    [nearest, chosen] = [chosen, nearest];
    potential = bestPotential;
  }
  return centroids;
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
