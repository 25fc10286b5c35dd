import { describe, expect, it } from 'vitest';
import { clusterFeatures } from '../../../../src/model/segments/clusters/cluster-features';
import { bestOfStarts, betterFit, fitStarts, lloydFrom, splitStarts, startSeed } from '../../../../src/model/segments/clusters/kmeans';
import { kmeansPlusPlus } from '../../../../src/model/segments/clusters/kmeans-seeding';
import { gamma, seededRandom, standardNormal } from '../../../../src/model/shared/random';
import { expectAsGoodAsLibrary, gaussianBlobs, libraryBestInertia, libraryLloydFrom, plainInertia, rows } from '../../../support/independent-kmeans';

/** Customers shaped like a shop's: recency spread over a year, most buying once, spend log-normal. */
function shopLikeFeatures(count: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const frequency = Array.from({ length: count }, () => 1 + Math.floor(gamma(random, 0.5, 4)));
  return clusterFeatures({
    recencyDays: Array.from({ length: count }, () => Math.floor(random() * 400)),
    frequency,
    monetaryCents: frequency.map((invoices) => Math.round(100 * invoices * Math.exp(3 + standardNormal(random)))),
  }).points;
}

const OVERLAPPING = gaussianBlobs([[0, 0, 0], [2, 0, 1], [0, 2, -1], [1, 1, 2]], 500, 0.8, 3).points;
const SHOP_LIKE = shopLikeFeatures(3_000, 7);
const K_RANGE = [2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('Lloyd from given centroids', () => {
  for (const [name, points] of [['overlapping blobs', OVERLAPPING], ['shop-like customers', SHOP_LIKE]] as const) {
    it(`ends where the ml-kmeans library ends from the same start, on ${name}`, () => {
      for (const k of K_RANGE) {
        const start = kmeansPlusPlus(points, k, seededRandom(100 + k));
        const ours = lloydFrom(points, start);
        const library = libraryLloydFrom(points, start);
        expect(ours.converged, `k = ${k}`).toBe(true);
        expect(ours.relocations, `k = ${k}: no cluster emptied, so both run the same rule`).toBe(0);
        expect(Math.abs(ours.inertia - library.inertia) / library.inertia, `k = ${k}`).toBeLessThan(1e-9);
        expect(Array.from(ours.labels), `k = ${k}`).toEqual(library.labels);
      }
    });
  }

  it('returns the means of its clusters and their inertia, even when the iteration cap stops it', () => {
    const start = kmeansPlusPlus(SHOP_LIKE, 8, seededRandom(1));
    const capped = lloydFrom(SHOP_LIKE, start, 2);
    expect(capped).toMatchObject({ iterations: 2, converged: false });
    const data = rows(SHOP_LIKE);
    const means = Array.from({ length: 8 }, (_, c) => {
      const members = data.filter((_, i) => capped.labels[i] === c);
      return [0, 1, 2].map((d) => members.reduce((sum, point) => sum + point[d], 0) / members.length);
    });
    rows(capped.centroids).flat().forEach((value, index) => expect(value).toBeCloseTo(means.flat()[index], 12));
    expect(capped.inertia).toBeCloseTo(plainInertia(data, Array.from(capped.labels), means), 9);
  });

  it('gives an empty cluster the point farthest from its centroid, so k clusters stay k', () => {
    // Four points on a line; the third start centroid is so far off that no point picks it.
    const points = Float64Array.from([0, 0, 0, 1, 0, 0, 10, 0, 0, 13, 0, 0]);
    const start = Float64Array.from([0.5, 0, 0, 11.5, 0, 0, 100, 0, 0]);
    const ours = lloydFrom(points, start);
    expect(ours.relocations).toBe(1);
    expect(new Set(ours.labels).size).toBe(3);
    // 13 is farthest from its centroid (11.5), so it gets the empty cluster: {0, 1}, {10}, {13}.
    expect(ours.inertia).toBeCloseTo(0.5, 12);
    // The library keeps the empty cluster, with {10, 13} together.
    expect(libraryLloydFrom(points, start).inertia).toBeCloseTo(0.5 + 4.5, 12);
  });
});

describe('k-means++ starts', () => {
  it('are k distinct customers', () => {
    const start = rows(kmeansPlusPlus(SHOP_LIKE, 10, seededRandom(5)));
    const customers = new Set(rows(SHOP_LIKE).map((point) => point.join()));
    expect(new Set(start.map((point) => point.join())).size).toBe(10);
    for (const centroid of start) expect(customers.has(centroid.join())).toBe(true);
  });

  it('refuse more clusters than distinct points', () => {
    const twoPlaces = Float64Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(rows(kmeansPlusPlus(twoPlaces, 2, seededRandom(1))).map((point) => point.join()).sort()).toEqual(['0,0,0', '1,1,1']);
    expect(() => kmeansPlusPlus(twoPlaces, 3, seededRandom(1))).toThrow(RangeError);
  });
});

describe('best of starts', () => {
  it('is as good as the library’s own best of 10 starts', () => {
    expectAsGoodAsLibrary([OVERLAPPING, SHOP_LIKE].flatMap((points) => K_RANGE.map((k) => bestOfStarts(points, k, { seed: 1 }).inertia / libraryBestInertia(points, k))));
  }, 60_000); // the library takes seconds: 180 fits of 3,000 points or more

  it('finds well-separated blobs exactly', () => {
    const { points, blob } = gaussianBlobs([[0, 0, 0], [8, 0, 0], [0, 8, 0], [0, 0, 8]], 200, 0.5, 11);
    const fit = bestOfStarts(points, 4, { seed: 3 });
    const blobOfCluster = new Map<number, number>();
    fit.labels.forEach((label, i) => {
      expect(blobOfCluster.get(label) ?? blob[i]).toBe(blob[i]);
      blobOfCluster.set(label, blob[i]);
    });
    expect(new Set(blobOfCluster.values()).size).toBe(4);
  });

  it('is deterministic: the same seed gives the same clusters', () => {
    const first = bestOfStarts(SHOP_LIKE, 6, { seed: 42 });
    const again = bestOfStarts(SHOP_LIKE, 6, { seed: 42 });
    expect(Array.from(again.labels)).toEqual(Array.from(first.labels));
    expect(again.inertia).toBe(first.inertia);
  });

  it('keeps the lowest inertia of its starts, each start drawing from its own seeded generator', () => {
    const each = Array.from({ length: 10 }, (_, start) => lloydFrom(SHOP_LIKE, kmeansPlusPlus(SHOP_LIKE, 7, seededRandom(startSeed(9, start)))).inertia);
    expect(new Set(each).size).toBeGreaterThan(1);
    expect(bestOfStarts(SHOP_LIKE, 7, { seed: 9 }).inertia).toBe(Math.min(...each));
  });

  it('gives the same fit when its starts are split into ranges and the best of the ranges kept', () => {
    const whole = bestOfStarts(SHOP_LIKE, 5, { seed: 12 });
    for (const parts of [2, 3, 4]) {
      const ranges = splitStarts(10, parts);
      expect(ranges.reduce((sum, range) => sum + range.count, 0)).toBe(10);
      const best = ranges.map((range) => fitStarts(SHOP_LIKE, 5, 12, range)).reduceRight(betterFit);
      expect(best.inertia, `${parts} ranges`).toBe(whole.inertia);
      expect(Array.from(best.labels), `${parts} ranges`).toEqual(Array.from(whole.labels));
    }
  });

  it('splits starts into even consecutive ranges, never more ranges than starts', () => {
    expect(splitStarts(10, 2)).toEqual([{ first: 0, count: 5 }, { first: 5, count: 5 }]);
    expect(splitStarts(10, 3)).toEqual([{ first: 0, count: 3 }, { first: 3, count: 3 }, { first: 6, count: 4 }]);
    expect(splitStarts(2, 4)).toEqual([{ first: 0, count: 1 }, { first: 1, count: 1 }]);
    expect(splitStarts(10, 1)).toEqual([{ first: 0, count: 10 }]);
  });

  it('prefers the earlier start on equal inertia, whichever range answers first', () => {
    const fit = bestOfStarts(SHOP_LIKE, 3, { seed: 1 });
    const [early, late] = [{ ...fit, start: 2 }, { ...fit, start: 7 }];
    expect(betterFit(late, early)).toBe(early);
    expect(betterFit(early, late)).toBe(early);
  });
});
