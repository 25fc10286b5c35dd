import { describe, expect, it } from 'vitest';
import { choicePoints, clusterChoiceOptions } from '../../../../src/charts/segments/cluster-choice';

const CANDIDATES = [
  { k: 2, inertia: 900, silhouette: 0.41 },
  { k: 3, inertia: 600, silhouette: 0.47 },
  { k: 4, inertia: 500, silhouette: Number.NaN },
];

describe('the elbow and silhouette charts', () => {
  it('give one point per k, marking the k shown and the k the silhouette suggests', () => {
    expect(choicePoints(CANDIDATES, 'inertia', 2, 3)).toEqual([
      { k: 2, value: 900, shown: true, best: false },
      { k: 3, value: 600, shown: false, best: true },
      { k: 4, value: 500, shown: false, best: false },
    ]);
  });

  it('leave out a silhouette that could not be computed', () => {
    expect(choicePoints(CANDIDATES, 'silhouette', 4, 3).map((point) => point.k)).toEqual([2, 3]);
  });

  it('ring only the suggested k, with every k on the axis', () => {
    const options = clusterChoiceOptions(CANDIDATES, 'silhouette', 2, 3);
    const ringed = (options.marks![2] as unknown as { data: { k: number }[] }).data;
    expect(ringed.map((point) => point.k)).toEqual([3]);
    expect(options.x).toMatchObject({ ticks: [2, 3, 4] });
    expect(clusterChoiceOptions(CANDIDATES, 'inertia', 2, 3).y).toMatchObject({ zero: true });
  });
});
