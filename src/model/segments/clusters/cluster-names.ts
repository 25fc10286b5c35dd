import { DIMENSIONS } from './cluster-features';

/**
 * Names a cluster from its centroid in shop words, one word per measure, e.g. "recent, frequent,
 * high spend" or "lapsed, one-off, low spend". A centroid coordinate is in standard deviations of
 * ln(1 + measure) from the mean of all customers: half a deviation or more either side counts as
 * high or low, the rest as middling. A cluster whose median customer bought once reads "one-off",
 * whatever its deviation, since that is what the shop sees.
 */
const LEVEL = 0.5;

const WORDS = {
  recency: { low: 'recent', middle: 'cooling', high: 'lapsed' },
  frequency: { low: 'infrequent', middle: 'occasional', high: 'frequent' },
  monetary: { low: 'low spend', middle: 'mid spend', high: 'high spend' },
} as const;

/** When two clusters would share a name, each gets its rank along the measure that parts them most. */
const RANK_WORDS = [
  { more: 'more recent', less: 'less recent', most: 'most recent', least: 'least recent' },
  { more: 'more frequent', less: 'less frequent', most: 'most frequent', least: 'least frequent' },
  { more: 'higher spend', less: 'lower spend', most: 'highest spend', least: 'lowest spend' },
] as const;

/** Distinct names for the clusters, in the centroids' order; `medianFrequency` in the same order. */
export function clusterNames(centroids: Float64Array, medianFrequency: readonly number[]): string[] {
  const k = centroids.length / DIMENSIONS;
  const names = Array.from({ length: k }, (_, c) => baseName(centroids.subarray(c * DIMENSIONS, (c + 1) * DIMENSIONS), medianFrequency[c]));
  const groups = new Map<string, number[]>();
  names.forEach((name, c) => groups.set(name, [...(groups.get(name) ?? []), c]));
  for (const members of groups.values()) {
    if (members.length > 1) qualify(members, centroids).forEach((qualifier, index) => (names[members[index]] += ` · ${qualifier}`));
  }
  return names;
}

function baseName(centroid: Float64Array, medianFrequency: number): string {
  const frequency = medianFrequency <= 1 ? 'one-off' : level(WORDS.frequency, centroid[1]);
  return `${level(WORDS.recency, centroid[0])}, ${frequency}, ${level(WORDS.monetary, centroid[2])}`;
}

function level(words: { low: string; middle: string; high: string }, z: number): string {
  if (z <= -LEVEL) return words.low;
  return z >= LEVEL ? words.high : words.middle;
}

/** Rank words for clusters sharing a name, along the measure where their centroids spread most. */
function qualify(members: readonly number[], centroids: Float64Array): string[] {
  const spread = (d: number) => {
    const values = members.map((c) => centroids[c * DIMENSIONS + d]);
    return Math.max(...values) - Math.min(...values);
  };
  const measure = [0, 1, 2].reduce((best, d) => (spread(d) > spread(best) ? d : best));
  // "More" is fewer days for recency, more invoices or money for the others.
  const score = (c: number) => (measure === 0 ? -1 : 1) * centroids[c * DIMENSIONS + measure];
  const ranked = [...members].sort((a, b) => score(b) - score(a) || a - b);
  return members.map((c) => rankWord(RANK_WORDS[measure], ranked.indexOf(c), members.length));
}

function rankWord(words: (typeof RANK_WORDS)[number], rank: number, of: number): string {
  if (of === 2) return rank === 0 ? words.more : words.less;
  if (rank === 0) return words.most;
  if (rank === of - 1) return words.least;
  return `${ordinal(rank + 1)} ${words.most}`;
}

function ordinal(n: number): string {
  const suffix = n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : n % 10 === 1 && n % 100 !== 11 ? 'st' : 'th';
  return `${n}${suffix}`;
}
