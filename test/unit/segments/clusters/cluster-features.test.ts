import { describe, expect, it } from 'vitest';
import { clusterFeatures } from '../../../../src/model/segments/clusters/cluster-features';

describe('cluster features', () => {
  it('are ln(1 + x) standardised by the population mean and standard deviation', () => {
    // ln(1 + 0), ln(1 + 1), ln(1 + 3) are 0, ln 2, 2 ln 2: mean ln 2, population std ln 2 · √(2/3), so
    // the standardised values are −√(3/2), 0, √(3/2) whatever the logarithm's base.
    const { points, count, scaling } = clusterFeatures({ recencyDays: [0, 1, 3], frequency: [1, 3, 1], monetaryCents: [300, 100, 0] });
    const edge = Math.sqrt(3 / 2);
    expect(count).toBe(3);
    const expected = [
      [-edge, -1 / Math.SQRT2, edge],
      [0, Math.SQRT2, 0],
      [edge, -1 / Math.SQRT2, -edge],
    ];
    expected.flat().forEach((value, index) => expect(points[index]).toBeCloseTo(value, 14));
    expect(scaling.mean[0]).toBeCloseTo(Math.LN2, 15);
    expect(scaling.std[0]).toBeCloseTo(Math.LN2 * Math.sqrt(2 / 3), 15);
    // Frequency: ln 2, ln 4, ln 2 → mean (4/3) ln 2, population std (√2 / 3) ln 2.
    expect(scaling.mean[1]).toBeCloseTo((4 / 3) * Math.LN2, 15);
    expect(scaling.std[1]).toBeCloseTo((Math.SQRT2 / 3) * Math.LN2, 15);
  });

  it('reads spend in currency units, not cents', () => {
    const { scaling } = clusterFeatures({ recencyDays: [1, 2], frequency: [1, 2], monetaryCents: [0, 171_828] });
    // ln(1 + 0) and ln(1 + 1718.28) ≈ 7.4494: the mean is half of that.
    expect(scaling.mean[2]).toBeCloseTo(Math.log(1719.28) / 2, 12);
  });

  it('leaves a constant measure at exactly 0, even when its mean does not round-trip', () => {
    const count = 10;
    const { points, scaling } = clusterFeatures({
      recencyDays: Array.from({ length: count }, (_, i) => i),
      frequency: new Array<number>(count).fill(7),
      monetaryCents: new Array<number>(count).fill(1_234),
    });
    for (let i = 0; i < count; i++) {
      expect(points[i * 3 + 1]).toBe(0);
      expect(points[i * 3 + 2]).toBe(0);
    }
    expect(scaling.std[1]).toBe(0);
    expect(scaling.std[2]).toBe(0);
  });

  it('counts a last purchase after the reference date as recency 0', () => {
    const after = clusterFeatures({ recencyDays: [-5, 0, 9], frequency: [1, 1, 1], monetaryCents: [1, 1, 1] });
    const same = clusterFeatures({ recencyDays: [0, 0, 9], frequency: [1, 1, 1], monetaryCents: [1, 1, 1] });
    expect(Array.from(after.points)).toEqual(Array.from(same.points));
  });

  it('refuses columns of different lengths and values that are not numbers', () => {
    expect(() => clusterFeatures({ recencyDays: [1, 2], frequency: [1], monetaryCents: [1, 2] })).toThrow(RangeError);
    expect(() => clusterFeatures({ recencyDays: [1, Number.NaN], frequency: [1, 1], monetaryCents: [1, 2] })).toThrow(RangeError);
  });
});
