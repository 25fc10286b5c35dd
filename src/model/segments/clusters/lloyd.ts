import { DIMENSIONS } from './cluster-features';
import { addUpAfresh, centroidError, clusterSums, movePoint, type ClusterSums } from './cluster-sums';
import { squaredDistance } from './squared-distance';
import { scratchFor, type KMeansScratch } from './kmeans-scratch';

/**
 * Lloyd's k-means from given starting centroids, to convergence: it stops after a pass over the
 * points in which no assignment changed, or after MAX_ITERATIONS passes (`converged` false). Each
 * point goes to its nearest centroid, ties to the lower index; the centroids returned are the means
 * of the final clusters.
 *
 * Hamerly's bounds (Hamerly 2010, "Making k-means even faster") skip the points that provably keep
 * their centroid: an upper bound on the distance to their own centroid and a lower bound on the
 * distance to any other. They change how much is computed, not the result: a point is skipped only
 * when no other centroid can be as near, so each pass assigns as plain Lloyd would. The bounds are
 * kept relative to how far the centroids have drifted in all, so a pass costs one short loop over
 * the points: that is what makes 100,000 customers × 10 starts fast enough for the page. The sums
 * behind the means are updated only for the points that moved, which rounds differently from
 * plain Lloyd's sums afresh, so the centroids may differ from plain Lloyd's in the last bits
 * (cluster-sums.ts bounds by how much): a pass trusts its bounds and choices only by more than
 * that, and a pass that meets a choice closer than that (a tie, in practice) is run again on
 * sums added up afresh, on exactly plain Lloyd's centroids.
 *
 * An empty cluster gets the point farthest from its own centroid (as scikit-learn does), so k
 * clusters stay k clusters; `relocations` counts how often that happened.
 */
export interface KMeansFit {
  k: number;
  /** Row-major, three values per centroid. */
  centroids: Float64Array;
  /** Each point's cluster, 0 … k − 1. */
  labels: Int32Array;
  /** Sum of squared distances from each point to its centroid. */
  inertia: number;
  /** Assignment passes over the points. */
  iterations: number;
  converged: boolean;
  relocations: number;
}

export const MAX_ITERATIONS = 300;

/** Bounds are trusted only beyond a relative 1e-12, so their rounding never hides a nearer centroid. */
const SAFE = 1 - 1e-12;

/** Beyond the centroids' possible error, a nearest centroid must win by this much of the distance to be trusted. */
const TIE = 1e-12;

interface LloydState {
  points: Float64Array;
  count: number;
  k: number;
  centroids: Float64Array;
  labels: Int32Array;
  /** Upper bound on the distance to the own centroid, less that centroid's drift: add it back to use it. */
  upper: Float64Array;
  /** Lower bound on the distance to every other centroid, plus the largest drift: subtract it to use it. */
  lower: Float64Array;
  /** How far each centroid has moved in all, step by step, and the sum of each step's largest move. */
  drift: Float64Array;
  largestDrift: number;
  /** Half the distance from each centroid to its nearest other centroid. */
  halfGap: Float64Array;
  /** The clusters' coordinate sums and sizes, behind the means. */
  clusters: ClusterSums;
  /** The points that changed cluster in this pass, and the cluster each had. */
  moved: Int32Array;
  movedFrom: Int32Array;
  movedCount: number;
}

/** `scratch`: working arrays to reuse (kmeans-scratch.ts); the result never holds them. */
export function lloydFrom(points: Float64Array, startCentroids: Float64Array, maxIterations = MAX_ITERATIONS, scratch?: KMeansScratch): KMeansFit {
  const state = lloydState(points, startCentroids, scratchFor(points, scratch));
  let changed = assignAll(state);
  let iterations = 1;
  let relocations = 0;
  while (changed > 0 && iterations < maxIterations) {
    // An empty cluster takes a point by distances to the other centroids: plain Lloyd's, then.
    if (state.clusters.sizes.includes(0)) addUpAfresh(state.clusters, state.points, state.labels);
    moveCentroids(state);
    const relocated = relocateEmpty(state);
    relocations += relocated;
    changed = relocated > 0 ? assignAll(state) : assignBounded(state);
    iterations++;
  }
  addUpAfresh(state.clusters, state.points, state.labels);
  moveCentroids(state);
  const { k, centroids, labels } = state;
  return { k, centroids, labels, inertia: inertia(state), iterations, converged: changed === 0, relocations };
}

function lloydState(points: Float64Array, startCentroids: Float64Array, { upper, lower, moved, movedFrom }: KMeansScratch): LloydState {
  const count = points.length / DIMENSIONS;
  const k = startCentroids.length / DIMENSIONS;
  if (!Number.isInteger(count) || !Number.isInteger(k) || k < 1 || k > count) {
    throw new RangeError(`invalid k-means input: ${count} points, ${k} centroids`);
  }
  return {
    points, count, k,
    centroids: Float64Array.from(startCentroids),
    labels: new Int32Array(count).fill(-1),
    upper,
    lower,
    drift: new Float64Array(k),
    largestDrift: 0,
    halfGap: new Float64Array(k),
    clusters: clusterSums(points, k),
    moved,
    movedFrom,
    movedCount: 0,
  };
}

/** Gives point i its nearest centroid and exact bounds; returns the cluster it had (−1 for none). */
function assignNearest(state: LloydState, i: number): number {
  const { points, centroids, k } = state;
  let best = Infinity;
  let second = Infinity;
  let label = -1;
  for (let c = 0; c < k; c++) {
    const distance = squaredDistance(points, i, centroids, c);
    if (distance < best) {
      second = best;
      best = distance;
      label = c;
    } else if (distance < second) {
      second = distance;
    }
  }
  const previous = state.labels[i];
  state.labels[i] = label;
  state.upper[i] = Math.sqrt(best) - state.drift[label];
  state.lower[i] = Math.sqrt(second) + state.largestDrift;
  return previous;
}

/** A full pass on plain Lloyd's centroids: every point against every centroid, the sums added up afresh. */
function assignAll(state: LloydState): number {
  let changed = 0;
  for (let i = 0; i < state.count; i++) if (assignNearest(state, i) !== state.labels[i]) changed++;
  addUpAfresh(state.clusters, state.points, state.labels);
  return changed;
}

/**
 * A pass that looks at every centroid only for the points whose bounds cannot rule out a change,
 * by more than the centroids' possible error. If a point's nearest centroid wins by less than
 * that, the pass is undone and run in full on plain Lloyd's centroids.
 */
function assignBounded(state: LloydState): number {
  updateHalfGaps(state);
  const margin = 2 * centroidError(state.clusters);
  const { points, centroids, labels, upper, lower, drift, largestDrift, halfGap } = state;
  state.movedCount = 0;
  for (let i = 0; i < state.count; i++) {
    const own = labels[i];
    const bound = larger(halfGap[own], lower[i] - largestDrift) * SAFE - margin;
    if (upper[i] + drift[own] < bound) continue;
    const distance = Math.sqrt(squaredDistance(points, i, centroids, own));
    upper[i] = distance - drift[own];
    if (distance < bound) continue;
    assignNearest(state, i);
    if (labels[i] !== own) {
      movedFrom(state, i, own);
      movePoint(state.clusters, points, i, own, labels[i]);
    }
    // The nearest by less than the centroids' possible error: plain Lloyd's might be the other.
    if (margin > 0 && lower[i] - largestDrift - (upper[i] + drift[labels[i]]) <= margin + TIE * lower[i]) return assignAgainExactly(state);
  }
  return state.movedCount;
}

function movedFrom(state: LloydState, i: number, previous: number): void {
  state.moved[state.movedCount] = i;
  state.movedFrom[state.movedCount++] = previous;
}

/** Undoes this pass's moves (their sums are added up afresh), then runs it again in full on plain Lloyd's centroids. */
function assignAgainExactly(state: LloydState): number {
  for (let index = state.movedCount - 1; index >= 0; index--) state.labels[state.moved[index]] = state.movedFrom[index];
  addUpAfresh(state.clusters, state.points, state.labels);
  moveCentroids(state);
  return assignAll(state);
}

/**
 * max(a, b) without a branch: which of the two bounds is larger changes from point to point at
 * random, and a mispredicted branch there made the whole pass three times slower. Exact up to a
 * rounding, which SAFE absorbs; finite `a` keeps it from Infinity − Infinity.
 */
function larger(a: number, b: number): number {
  return (a + b + Math.abs(a - b)) / 2;
}

/** A point within half the gap to the nearest other centroid cannot be nearer to that one. */
function updateHalfGaps({ k, centroids, halfGap }: LloydState): void {
  halfGap.fill(Number.MAX_VALUE); // with one centroid: no gap, and larger() needs a finite value
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      const half = Math.sqrt(squaredDistance(centroids, a, centroids, b)) / 2;
      if (half < halfGap[a]) halfGap[a] = half;
      if (half < halfGap[b]) halfGap[b] = half;
    }
  }
}

/** Each centroid becomes the mean of its points (an empty one stays), and the drifts grow by the moves. */
function moveCentroids(state: LloydState): void {
  const { k, centroids, drift } = state;
  const { sums, sizes } = state.clusters;
  let largest = 0;
  for (let c = 0; c < k; c++) {
    if (sizes[c] === 0) continue;
    let moved = 0;
    for (let d = 0; d < DIMENSIONS; d++) {
      const mean = sums[c * DIMENSIONS + d] / sizes[c];
      moved += (mean - centroids[c * DIMENSIONS + d]) ** 2;
      centroids[c * DIMENSIONS + d] = mean;
    }
    drift[c] += Math.sqrt(moved);
    largest = Math.max(largest, Math.sqrt(moved));
  }
  state.largestDrift += largest;
}

/**
 * Moves each empty cluster's centroid onto the point farthest from its own centroid (a different
 * point for each), which the next full pass then gives to it. Returns how many were moved; none can
 * be when every point sits on its centroid (fewer distinct points than clusters).
 */
function relocateEmpty(state: LloydState): number {
  const { points, count, k, centroids, labels } = state;
  const { sizes } = state.clusters;
  const taken: number[] = [];
  for (let c = 0; c < k; c++) {
    if (sizes[c] > 0) continue;
    let farthest = -1;
    let farthestDistance = 0;
    for (let i = 0; i < count; i++) {
      const distance = squaredDistance(points, i, centroids, labels[i]);
      if (distance > farthestDistance && !taken.includes(i)) [farthest, farthestDistance] = [i, distance];
    }
    if (farthest < 0) break;
    taken.push(farthest);
    centroids.set(points.subarray(farthest * DIMENSIONS, (farthest + 1) * DIMENSIONS), c * DIMENSIONS);
  }
  return taken.length;
}

function inertia({ points, count, centroids, labels }: LloydState): number {
  let sum = 0;
  for (let i = 0; i < count; i++) sum += squaredDistance(points, i, centroids, labels[i]);
  return sum;
}
