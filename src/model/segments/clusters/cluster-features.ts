/**
 * What k-means sees of a customer: x = (ln(1+R), ln(1+F), ln(1+M)), each standardised by the
 * population mean and standard deviation. The logarithm tames the long tails of spend and
 * frequency (one whale would otherwise be a cluster of its own); standardising gives each measure
 * the same weight whatever its unit.
 */

/** Recency, frequency and monetary: the three features, in this order. */
export const DIMENSIONS = 3;

/** One value per customer, in the same customer order. */
export interface CustomerMeasures {
  /** Days from the last purchase to the reference date. */
  recencyDays: ArrayLike<number>;
  /** Invoices. */
  frequency: ArrayLike<number>;
  /** Money spent, in whole cents (exact, so revenue sums stay exact). */
  monetaryCents: ArrayLike<number>;
}

/** How ln(1+x) of each measure was centred and scaled, to read a centroid back in shop units. */
export interface FeatureScaling {
  mean: [number, number, number];
  /** Population standard deviation (divided by n); 0 for a constant measure. */
  std: [number, number, number];
}

export interface ClusterFeatures {
  /** Row-major: customer i's features are at 3i, 3i + 1, 3i + 2. */
  points: Float64Array;
  count: number;
  scaling: FeatureScaling;
}

export function clusterFeatures(measures: CustomerMeasures): ClusterFeatures {
  const count = measures.recencyDays.length;
  if (measures.frequency.length !== count || measures.monetaryCents.length !== count) {
    throw new RangeError('invalid customer measures: the three columns differ in length');
  }
  const points = new Float64Array(count * DIMENSIONS);
  for (let i = 0; i < count; i++) {
    points[i * DIMENSIONS] = logOnePlus(measures.recencyDays[i]);
    points[i * DIMENSIONS + 1] = logOnePlus(measures.frequency[i]);
    points[i * DIMENSIONS + 2] = logOnePlus(measures.monetaryCents[i] / 100);
  }
  const scaling: FeatureScaling = { mean: [0, 0, 0], std: [0, 0, 0] };
  for (let dimension = 0; dimension < DIMENSIONS; dimension++) {
    const { mean, std } = standardise(points, count, dimension);
    scaling.mean[dimension] = mean;
    scaling.std[dimension] = std;
  }
  return { points, count, scaling };
}

/**
 * A purchase after the reference date (a reference date chosen in the past) counts as recency 0,
 * and spend cannot be negative for a kept line; clamping keeps ln(1+x) finite either way.
 */
function logOnePlus(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`invalid customer measure: ${value}`);
  return Math.log1p(Math.max(0, value));
}

/** Centres and scales one column in place; a constant column becomes all 0 (nothing to tell apart). */
function standardise(points: Float64Array, count: number, dimension: number): { mean: number; std: number } {
  let sum = 0;
  let constant = true;
  for (let i = 0; i < count; i++) {
    sum += points[i * DIMENSIONS + dimension];
    constant &&= points[i * DIMENSIONS + dimension] === points[dimension];
  }
  const mean = count === 0 ? 0 : sum / count;
  let squares = 0;
  for (let i = 0; i < count; i++) squares += (points[i * DIMENSIONS + dimension] - mean) ** 2;
  // Tested for directly: the mean of equal values can be off by a rounding, which would make a
  // tiny std turn that rounding into ±1.
  const std = constant ? 0 : Math.sqrt(squares / count);
  for (let i = 0; i < count; i++) {
    const index = i * DIMENSIONS + dimension;
    points[index] = std > 0 ? (points[index] - mean) / std : 0;
  }
  return { mean, std };
}
