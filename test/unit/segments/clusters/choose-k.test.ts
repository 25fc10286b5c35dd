import { beforeAll, describe, expect, it } from 'vitest';
import { bestSilhouetteK, chooseK, distinctPoints, localFitter, TooFewDistinctCustomers, type ClusterChoice, type KFitter } from '../../../../src/model/segments/clusters/choose-k';
import { bestOfStarts } from '../../../../src/model/segments/clusters/kmeans';
import { meanSilhouette } from '../../../../src/model/segments/clusters/silhouette';
import { gaussianBlobs } from '../../../support/independent-kmeans';

describe('choosing k', () => {
  const { points } = gaussianBlobs([[0, 0, 0], [6, 0, 0], [0, 6, 0], [0, 0, 6]], 150, 0.7, 21);
  const choose = (at: Float64Array, seed: number) => chooseK(at, localFitter(at, { seed }));
  let choice: ClusterChoice;
  beforeAll(async () => {
    choice = await choose(points, 4);
  });

  it('tries k = 2 … 10 and picks the four blobs by silhouette', () => {
    expect(choice.candidates.map((candidate) => candidate.k)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(choice.bestK).toBe(4);
    const best = Math.max(...choice.candidates.map((candidate) => candidate.silhouette));
    expect(choice.candidates.find((candidate) => candidate.k === 4)!.silhouette).toBe(best);
  });

  it('reports each k’s best-of-starts fit, labels in the points’ own order, and its silhouette', () => {
    choice.candidates.forEach((candidate, index) => {
      const fit = choice.fits[index];
      expect(fit.k).toBe(candidate.k);
      expect(fit.inertia).toBe(candidate.inertia);
      expect(candidate.silhouette).toBeCloseTo(meanSilhouette(points, fit.labels, fit.k, { seed: 4 }), 12);
      // The fit ran on the points in another order: its inertia is the same as a fit in this order.
      expect(fit.inertia / bestOfStarts(points, candidate.k, { seed: 4 }).inertia).toBeLessThan(1.02);
    });
    // Labels in the points' own order: the four blobs are 150 consecutive points each.
    const four = choice.fits[2].labels;
    for (let blob = 0; blob < 4; blob++) expect(new Set(four.subarray(blob * 150, (blob + 1) * 150)).size).toBe(1);
  });

  it('is deterministic', async () => {
    const again = await choose(points, 4);
    expect(again.candidates).toEqual(choice.candidates);
    expect(Array.from(again.fits[5].labels)).toEqual(Array.from(choice.fits[5].labels));
  });

  it('stops at the number of distinct customers, and needs two', async () => {
    const threePlaces = Float64Array.from([0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 5, 0]);
    expect(distinctPoints(threePlaces, 10)).toBe(3);
    expect((await choose(threePlaces, 1)).candidates.map((candidate) => candidate.k)).toEqual([2, 3]);
    await expect(choose(Float64Array.from([1, 1, 1, 1, 1, 1]), 1)).rejects.toThrow(TooFewDistinctCustomers);
  });

  it('gives the same clusters whether the starts of each k run in one place or are split over workers', async () => {
    const local = localFitter(points, { seed: 4 });
    const ranges: [number, number][] = [];
    // Three stand-in workers that each run a range in this thread, finishing in reverse order.
    const split: KFitter = {
      parallel: 3,
      fitStarts: async (k, range) => {
        ranges.push([range.first, range.count]);
        await new Promise((resolve) => setTimeout(resolve, 10 - range.first));
        return local.fitStartsNow(k, range);
      },
      silhouette: local.silhouette,
    };
    const spread = await chooseK(points, split);
    expect(ranges.slice(0, 3)).toEqual([[0, 3], [3, 3], [6, 4]]);
    expect(spread.candidates).toEqual(choice.candidates);
    spread.fits.forEach((fit, index) => expect(Array.from(fit.labels)).toEqual(Array.from(choice.fits[index].labels)));
  });

  it('breaks a silhouette tie towards the smaller k and passes over a silhouette it could not compute', () => {
    expect(bestSilhouetteK([{ k: 2, inertia: 9, silhouette: 0.5 }, { k: 3, inertia: 5, silhouette: 0.5 }])).toBe(2);
    expect(bestSilhouetteK([{ k: 2, inertia: 9, silhouette: Number.NaN }, { k: 3, inertia: 5, silhouette: 0.1 }])).toBe(3);
    expect(bestSilhouetteK([{ k: 2, inertia: 9, silhouette: 0.2 }, { k: 3, inertia: 5, silhouette: 0.6 }, { k: 4, inertia: 4, silhouette: 0.3 }])).toBe(3);
  });
});
