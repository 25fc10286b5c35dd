import { seededRandom } from '../../shared/random';
import { DIMENSIONS } from './cluster-features';
import { squaredDistance } from './squared-distance';

/** Above this many points the silhouette is computed on a seeded sample of this many. */
export const SILHOUETTE_SAMPLE = 5_000;

export interface SilhouetteOptions {
  sampleSize?: number;
  /** Seeds the sample; the same seed draws the same customers, so scores for different k compare. */
  seed: number;
}

/**
 * Mean silhouette (Rousseeuw 1987) of a clustering, in Euclidean distance: for each point, a = mean
 * distance to the other points of its cluster, b = the smallest mean distance to the points of
 * another cluster, s = (b − a) / max(a, b); a point alone in its cluster scores 0. Exact over all
 * points up to `sampleSize`; above, over a seeded sample of that many drawn without replacement,
 * distances within the sample only (as scikit-learn's `silhouette_score(sample_size=…)`). NaN
 * when the points fall in fewer than two clusters.
 */
export function meanSilhouette(points: Float64Array, labels: Int32Array, k: number, { sampleSize = SILHOUETTE_SAMPLE, seed }: SilhouetteOptions): number {
  const rows = sampleRows(labels.length, sampleSize, seed);
  const sample = new Float64Array(rows.length * DIMENSIONS);
  const sampleLabels = new Int32Array(rows.length);
  rows.forEach((row, index) => {
    sample.set(points.subarray(row * DIMENSIONS, (row + 1) * DIMENSIONS), index * DIMENSIONS);
    sampleLabels[index] = labels[row];
  });
  return silhouetteOf(sample, sampleLabels, k);
}

/** The rows to score: all of them, or `size` drawn by a seeded partial Fisher–Yates shuffle. */
export function sampleRows(count: number, size: number, seed: number): Int32Array {
  const rows = new Int32Array(count);
  for (let i = 0; i < count; i++) rows[i] = i;
  if (count <= size) return rows;
  const random = seededRandom(seed);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (count - i));
    [rows[i], rows[j]] = [rows[j], rows[i]];
  }
  return rows.slice(0, size);
}

function silhouetteOf(points: Float64Array, labels: Int32Array, k: number): number {
  const count = labels.length;
  const sizes = new Int32Array(k);
  for (let i = 0; i < count; i++) sizes[labels[i]]++;
  if (sizes.filter((size) => size > 0).length < 2) return Number.NaN;
  const distanceSums = clusterDistanceSums(points, labels, k);
  let total = 0;
  for (let i = 0; i < count; i++) total += pointSilhouette(distanceSums.subarray(i * k, (i + 1) * k), sizes, labels[i]);
  return total / count;
}

/** For each point and cluster, the sum of distances from the point to the cluster's points. */
function clusterDistanceSums(points: Float64Array, labels: Int32Array, k: number): Float64Array {
  const count = labels.length;
  const sums = new Float64Array(count * k);
  for (let i = 0; i < count; i++) {
    for (let j = i + 1; j < count; j++) {
      const distance = Math.sqrt(squaredDistance(points, i, points, j));
      sums[i * k + labels[j]] += distance;
      sums[j * k + labels[i]] += distance;
    }
  }
  return sums;
}

function pointSilhouette(sums: Float64Array, sizes: Int32Array, own: number): number {
  if (sizes[own] === 1) return 0;
  const a = sums[own] / (sizes[own] - 1);
  let b = Infinity;
  for (let c = 0; c < sizes.length; c++) {
    if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
  }
  const scale = Math.max(a, b);
  return scale === 0 ? 0 : (b - a) / scale;
}
