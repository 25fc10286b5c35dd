import { describe, expect, it } from 'vitest';
import { clusterFeatures } from '../../../../src/model/segments/clusters/cluster-features';
import { kmeansPlusPlus } from '../../../../src/model/segments/clusters/kmeans-seeding';
import { lloydFrom } from '../../../../src/model/segments/clusters/lloyd';
import { reorderRows, spatialOrder } from '../../../../src/model/segments/clusters/spatial-order';
import { seededRandom } from '../../../../src/model/shared/random';
import { gaussianBlobs, rows } from '../../../support/independent-kmeans';
import { plainKmeansPlusPlus, plainLloyd } from '../../../support/plain-lloyd';

/**
 * Points on a coarse grid, most of them sharing a position with others: a point is often exactly
 * as far from two centroids, so only the same tie rule and the same centroids, to the last bit,
 * give the same clusters. On a grid of tenths the sums' roundings depend on the order they are
 * added in: one of the fits below goes another way if sums updated point by point are trusted
 * as if they were plain Lloyd's.
 */
function gridWithTies(count: number, levels: number, step: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: count * 3 }, () => Math.floor(random() * levels) * step);
}

/** Shop-like customers as the app sees them: few distinct frequencies, recency in whole days. */
function shopLike(count: number, seed: number): Float64Array {
  const random = seededRandom(seed);
  const frequency = Array.from({ length: count }, () => 1 + Math.floor(-Math.log(1 - random()) * 1.5));
  const features = clusterFeatures({
    recencyDays: Array.from({ length: count }, () => Math.floor(random() * 365)),
    frequency,
    monetaryCents: frequency.map((invoices) => invoices * 500 * Math.floor(1 + random() * 20)),
  }).points;
  return reorderRows(features, spatialOrder(features)); // the order the app fits them in
}

const DATA: [string, Float64Array][] = [
  ['a grid full of ties', gridWithTies(1_500, 5, 1, 3)],
  ['overlapping blobs', gaussianBlobs([[0, 0, 0], [1.5, 0, 0.5], [0, 1.5, -0.5]], 500, 1, 8).points],
  ['shop-like customers in spatial order', shopLike(2_000, 5)],
];

describe('Lloyd with bounds, against plain Lloyd from the same start', () => {
  for (const [name, points] of DATA) {
    it(`assigns every point alike and ends on the same centroids, on ${name}`, () => {
      for (const k of [2, 3, 5, 8, 10]) {
        for (const seed of [1, 2]) {
          const start = kmeansPlusPlus(points, k, seededRandom(seed * 100 + k));
          const fast = lloydFrom(points, start);
          const plain = plainLloyd(rows(points), rows(start));
          const at = `k = ${k}, seed ${seed}`;
          expect(Array.from(fast.labels), at).toEqual(plain.labels);
          expect(rows(fast.centroids), at).toEqual(plain.centroids);
          expect(fast.iterations, at).toBe(plain.iterations);
          expect(Math.abs(fast.inertia - plain.inertia) / plain.inertia, at).toBeLessThan(1e-9);
        }
      }
    });
  }

  it('assigns alike on small grids of tenths, where the order of additions tips ties', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const points = gridWithTies(100, 3, 0.1, seed);
      for (let k = 2; k <= 10; k++) {
        const start = kmeansPlusPlus(points, k, seededRandom(k));
        expect(Array.from(lloydFrom(points, start).labels), `seed ${seed}, k = ${k}`).toEqual(plainLloyd(rows(points), rows(start)).labels);
      }
    }
  });

  it('stops where plain Lloyd stops when the pass cap cuts the fit short', () => {
    const [, points] = DATA[2];
    const start = kmeansPlusPlus(points, 9, seededRandom(4));
    for (const cap of [1, 2, 5]) {
      const fast = lloydFrom(points, start, cap);
      const plain = plainLloyd(rows(points), rows(start), cap);
      expect(fast.iterations).toBe(cap);
      expect(Array.from(fast.labels)).toEqual(plain.labels);
      expect(rows(fast.centroids)).toEqual(plain.centroids);
    }
  });

  it('relocates an empty cluster as plain Lloyd does', () => {
    // Four points on a line; the third start centroid is so far off that no point picks it.
    const points = Float64Array.from([0, 0, 0, 1, 0, 0, 10, 0, 0, 13, 0, 0]);
    const start = Float64Array.from([0.5, 0, 0, 11.5, 0, 0, 100, 0, 0]);
    const fast = lloydFrom(points, start);
    expect(fast.relocations).toBe(1);
    const plain = plainLloyd(rows(points), rows(start));
    expect(Array.from(fast.labels)).toEqual(plain.labels);
    expect(rows(fast.centroids)).toEqual(plain.centroids);
  });
});

describe('k-means++ trying a step’s candidates in one pass', () => {
  it('picks the centroids that trying them one pass each picks', () => {
    // Small grids: candidates often share a position, so two totals tie and the earlier must win.
    const smallGrids = Array.from({ length: 20 }, (_, seed): [string, Float64Array] => [`small grid ${seed}`, gridWithTies(200, 3, 1, seed)]);
    for (const [name, points] of [...DATA, ...smallGrids]) {
      for (const k of [2, 3, 8, 10, 20]) {
        const ours = kmeansPlusPlus(points, k, seededRandom(k));
        expect(rows(ours), `${name}, k = ${k}`).toEqual(plainKmeansPlusPlus(rows(points), k, seededRandom(k)));
      }
    }
    // Six candidates a step: four tried together, then the other two.
    const [, blobs] = DATA[1];
    expect(rows(kmeansPlusPlus(blobs, 60, seededRandom(6)))).toEqual(plainKmeansPlusPlus(rows(blobs), 60, seededRandom(6)));
  });
});
