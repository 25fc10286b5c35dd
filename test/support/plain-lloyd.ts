/**
 * Lloyd's k-means written as plainly as it reads in a textbook, to check the app's accelerated one
 * against: every pass measures every point against every centroid (the nearest wins, ties to the
 * lower index), and every centroid becomes the mean of its points, summed in point order. It
 * follows the app's two rules that a textbook leaves open: a pass in which no point changed ends
 * the fit, and an empty cluster gets the point farthest from its own centroid.
 */
export interface PlainFit {
  labels: number[];
  centroids: number[][];
  inertia: number;
  iterations: number;
}

export function plainLloyd(points: readonly number[][], start: readonly number[][], maxIterations = 300): PlainFit {
  let centroids = start.map((centroid) => [...centroid]);
  let labels = points.map(() => -1);
  let changed = true;
  let iterations = 0;
  while (changed && iterations < maxIterations) {
    if (iterations > 0) centroids = relocateEmpty(points, labels, means(points, labels, centroids));
    const next = points.map((point) => nearest(point, centroids));
    changed = next.some((label, i) => label !== labels[i]);
    labels = next;
    iterations++;
  }
  centroids = means(points, labels, centroids);
  const inertia = points.reduce((sum, point, i) => sum + squared(point, centroids[labels[i]]), 0);
  return { labels, centroids, inertia, iterations };
}

function nearest(point: readonly number[], centroids: readonly number[][]): number {
  let best = 0;
  for (let c = 1; c < centroids.length; c++) if (squared(point, centroids[c]) < squared(point, centroids[best])) best = c;
  return best;
}

/** Each cluster's mean, its sums added in point order; an empty cluster keeps its centroid. */
function means(points: readonly number[][], labels: readonly number[], centroids: readonly number[][]): number[][] {
  return centroids.map((centroid, c) => {
    const members = points.filter((_, i) => labels[i] === c);
    if (members.length === 0) return centroid;
    const sums = [0, 0, 0];
    for (const point of members) point.forEach((value, d) => (sums[d] += value));
    return sums.map((sum) => sum / members.length);
  });
}

/** Each empty cluster in turn takes the point (not yet taken) farthest from its own centroid. */
function relocateEmpty(points: readonly number[][], labels: readonly number[], centroids: number[][]): number[][] {
  const taken = new Set<number>();
  centroids.forEach((_, c) => {
    if (labels.includes(c)) return;
    let farthest = -1;
    points.forEach((point, i) => {
      const distance = squared(point, centroids[labels[i]]);
      if (!taken.has(i) && distance > (farthest < 0 ? 0 : squared(points[farthest], centroids[labels[farthest]]))) farthest = i;
    });
    if (farthest < 0) return;
    taken.add(farthest);
    centroids[c] = [...points[farthest]];
  });
  return centroids;
}

function squared(a: readonly number[], b: readonly number[]): number {
  const [dx, dy, dz] = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
  return dx * dx + dy * dy + dz * dz;
}

/**
 * Greedy k-means++ tried one candidate at a time, as scikit-learn writes it: draw a candidate in
 * proportion to the squared distance to the nearest centroid so far, add up what that distance
 * would become with it, keep the candidate with the smallest total (the earlier on a tie).
 */
export function plainKmeansPlusPlus(points: readonly number[][], k: number, random: () => number): number[][] {
  const centroids = [points[Math.floor(random() * points.length)]];
  let nearest = points.map((point) => squared(point, centroids[0]));
  const trials = 2 + Math.floor(Math.log(k));
  while (centroids.length < k) {
    const total = nearest.reduce((sum, distance) => sum + distance, 0);
    let best: { candidate: number; total: number; nearest: number[] } | null = null;
    for (let trial = 0; trial < trials; trial++) {
      const candidate = drawByWeight(nearest, total, random());
      const tried = nearest.map((distance, i) => Math.min(distance, squared(points[i], points[candidate])));
      const triedTotal = tried.reduce((sum, distance) => sum + distance, 0);
      if (best === null || triedTotal < best.total) best = { candidate, total: triedTotal, nearest: tried };
    }
    centroids.push(points[best!.candidate]);
    nearest = best!.nearest;
  }
  return centroids.map((centroid) => [...centroid]);
}

function drawByWeight(weights: readonly number[], total: number, uniform: number): number {
  const target = uniform * total;
  let sum = 0;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    if (weights[i] === 0) continue;
    sum += weights[i];
    last = i;
    if (sum > target) return i;
  }
  return last;
}
