import { describe, expect, it } from 'vitest';
import { fitStarts, type StartsFit } from '../../../../src/model/segments/clusters/kmeans';
import { kmeansScratch } from '../../../../src/model/segments/clusters/kmeans-scratch';
import { gaussianBlobs } from '../../../support/independent-kmeans';

const POINTS = gaussianBlobs([[0, 0, 0], [2, 0, 1], [0, 2, -1], [1, 1, 2], [3, 3, 0]], 400, 0.9, 5).points;
const OTHER_POINTS = gaussianBlobs([[0, 0, 0], [1, 2, 3]], 150, 0.5, 8).points;

function plain(fit: StartsFit) {
  return { ...fit, centroids: Array.from(fit.centroids), labels: Array.from(fit.labels) };
}

describe('k-means working arrays reused across starts', () => {
  it('gives every start, one after another on one set, the fit it gets with arrays of its own', () => {
    const scratch = kmeansScratch(POINTS);
    for (const k of [9, 2, 6, 10, 3]) {
      for (let start = 0; start < 4; start++) {
        const range = { first: start, count: 1 };
        expect(plain(fitStarts(POINTS, k, 21, range, scratch)), `k = ${k}, start ${start}`).toEqual(plain(fitStarts(POINTS, k, 21, range)));
      }
    }
  });

  it('never hands its arrays out in a result, and is not used for points of another count', () => {
    const scratch = kmeansScratch(POINTS);
    const fit = fitStarts(POINTS, 4, 3, { first: 0, count: 3 }, scratch);
    const held = [scratch.upper.buffer, scratch.lower.buffer, scratch.moved.buffer, scratch.movedFrom.buffer, scratch.nearest.buffer];
    expect(held).not.toContain(fit.labels.buffer);
    expect(held).not.toContain(fit.centroids.buffer);
    const first = Array.from(fit.labels);
    fitStarts(POINTS, 7, 4, { first: 0, count: 2 }, scratch);
    expect(Array.from(fit.labels)).toEqual(first);
    expect(plain(fitStarts(OTHER_POINTS, 2, 1, { first: 0, count: 2 }, scratch))).toEqual(plain(fitStarts(OTHER_POINTS, 2, 1, { first: 0, count: 2 })));
  });
});
