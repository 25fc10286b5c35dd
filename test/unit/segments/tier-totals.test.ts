import { describe, expect, it } from 'vitest';
import { tierTotals, type TierCells } from '../../../src/model/segments/tier-totals';

const DAY = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

// Four cells: levels 90 and 80 (high value at P80), 10 (not); last purchases 1 and 100 days before 2024-04-10.
const CELLS: TierCells = {
  thresholds: Array.from({ length: 101 }, (_, percentile) => percentile * 10),
  valueLevel: [90, 80, 10, 10],
  lastDay: [DAY('2024-04-09'), DAY('2024-01-01'), DAY('2024-04-09'), DAY('2024-01-01')],
  customers: [2, 3, 5, 7],
  revenueCents: [100_001, 50_000, 10, 20],
};

const totalsOf = (params: { valuePercentile: number; activeDays: number; referenceDate: string }) =>
  Object.fromEntries(tierTotals(CELLS, params).totals.map((row) => [row.segment, [row.customers, row.revenue]]));

describe('tier totals from tier cells', () => {
  it('puts each cell in its corner of the 2×2 and adds revenue in cents', () => {
    expect(totalsOf({ valuePercentile: 80, activeDays: 90, referenceDate: '2024-04-10' })).toEqual({
      champion: [2, 1000.01],
      at_risk_whale: [3, 500],
      average: [5, 0.1],
      hibernating: [7, 0.2],
    });
  });

  it('counts a level equal to the percentile as high value, and a gap equal to the window as active', () => {
    // 2024-01-01 is exactly 100 days before 2024-04-10.
    expect(totalsOf({ valuePercentile: 90, activeDays: 100, referenceDate: '2024-04-10' })).toEqual({
      champion: [2, 1000.01],
      at_risk_whale: [0, 0],
      average: [15, 500.3],
      hibernating: [0, 0],
    });
    expect(totalsOf({ valuePercentile: 91, activeDays: 99, referenceDate: '2024-04-10' }).champion).toEqual([0, 0]);
  });

  it('moves customers out of activity as the reference date moves on, and gives the percentile its threshold', () => {
    const later = tierTotals(CELLS, { valuePercentile: 11, activeDays: 30, referenceDate: '2024-06-01' });
    expect(later.valueThreshold).toBe(110);
    expect(later.totals.map((row) => row.customers)).toEqual([0, 5, 0, 12]);
  });

  it('refuses a reference date that is not a day', () => {
    expect(() => tierTotals(CELLS, { valuePercentile: 80, activeDays: 90, referenceDate: 'soon' })).toThrow('invalid reference date: soon');
  });
});
