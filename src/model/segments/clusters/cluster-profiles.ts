import type { CustomerMeasures } from './cluster-features';

/** A cluster as the page shows it. */
export interface ClusterProfile {
  /** 1-based, by revenue: 1 is the cluster that spent the most. */
  id: number;
  name: string;
  customers: number;
  /** Exact to the cent: added up in whole cents. */
  revenue: number;
  medianRecencyDays: number;
  medianFrequency: number;
  /** In currency units; halfway between two customers' spend for an even count, so it may end in half a cent. */
  medianMonetary: number;
}

export interface NumberedClusters {
  /** In id order. */
  profiles: ClusterProfile[];
  /** Each customer's cluster id, 1-based, in the measures' customer order. */
  customerClusters: Int32Array;
}

/**
 * Numbers the fitted clusters 1, 2, … by revenue, largest first (on equal revenue, more customers
 * first, then the fit's own order), and describes each: size, revenue, median R, F and M.
 */
export function numberClusters(labels: Int32Array, names: readonly string[], measures: CustomerMeasures): NumberedClusters {
  const k = names.length;
  const customers = new Array<number>(k).fill(0);
  const cents = new Array<number>(k).fill(0);
  labels.forEach((label, i) => {
    customers[label]++;
    cents[label] += measures.monetaryCents[i];
  });
  const order = names.map((_, c) => c).sort((a, b) => cents[b] - cents[a] || customers[b] - customers[a] || a - b);
  const idOf = new Int32Array(k);
  order.forEach((c, index) => (idOf[c] = index + 1));
  const medians = (values: ArrayLike<number>) => clusterMedians(labels, k, values);
  const [recency, frequency, monetary] = [medians(measures.recencyDays), medians(measures.frequency), medians(measures.monetaryCents)];
  const profiles = order.map((c) => ({
    id: idOf[c],
    name: names[c],
    customers: customers[c],
    revenue: cents[c] / 100,
    medianRecencyDays: recency[c],
    medianFrequency: frequency[c],
    medianMonetary: monetary[c] / 100,
  }));
  return { profiles, customerClusters: labels.map((label) => idOf[label]) };
}

/** The median of `values` within each cluster (the mean of the middle two for an even count); NaN when empty. */
export function clusterMedians(labels: Int32Array, k: number, values: ArrayLike<number>): number[] {
  const starts = new Int32Array(k + 1);
  for (const label of labels) starts[label + 1]++;
  for (let c = 0; c < k; c++) starts[c + 1] += starts[c];
  const grouped = new Float64Array(labels.length);
  const next = starts.slice(0, k);
  labels.forEach((label, i) => (grouped[next[label]++] = values[i]));
  return Array.from({ length: k }, (_, c) => median(grouped.subarray(starts[c], starts[c + 1]).sort()));
}

function median(sorted: Float64Array): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  return n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}
