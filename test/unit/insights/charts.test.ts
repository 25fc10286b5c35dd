import { describe, expect, it } from 'vitest';
import { fromLabel, migrationFlowOptions } from '../../../src/charts/insights/migration-flow';
import { medianOf, segmentMedianOptions } from '../../../src/charts/insights/segment-medians';
import type { MigrationCell } from '../../../src/model/insights/migration';
import { TIERS } from '../../../src/model/segments/tiers';
import { centsAttribute } from '../../../src/model/shared/format';

/** The data a Plot mark was given (Plot keeps it on the mark). */
const markData = (options: { marks?: unknown[] }, index: number) => (options.marks![index] as { data: unknown[] }).data;

describe('the migration flow', () => {
  const cells: MigrationCell[] = [
    { from: 'champion', to: 'at_risk_whale', customers: 3, revenueCents: 120_050 },
    { from: 'new', to: 'average', customers: 12, revenueCents: 4_000 },
  ];

  it('puts the earlier tiers in rows, New last, and the current ones in columns, a tile per non-empty pair', () => {
    const options = migrationFlowOptions(cells, 500);
    expect(options.y).toMatchObject({ domain: ['Champion', 'At-Risk Whale', 'Average', 'Hibernating', 'New'] });
    expect(options.x).toMatchObject({ domain: ['Champion', 'At-Risk Whale', 'Average', 'Hibernating'] });
    expect(options.color).toMatchObject({ domain: [0, 12] });
    expect(markData(options, 0)).toEqual(cells);
    expect(fromLabel('new')).toBe('New');
  });

  it('writes revenue from whole cents with two decimals, without a double’s rounding', () => {
    expect(centsAttribute(120_050)).toBe('1200.50');
    expect(centsAttribute(7)).toBe('0.07');
    expect(centsAttribute(900_719_925_474_099)).toBe('9007199254740.99');
  });
});

describe('the segments’ medians', () => {
  const medians = [
    { segment: 'average', customers: 10, medianRecencyDays: 20, medianFrequency: 1.5, medianMonetary: 80 },
    { segment: 'champion', customers: 4, medianRecencyDays: 5, medianFrequency: 6, medianMonetary: 900 },
  ];

  it('draws one bar per segment with customers, in the page’s order and colours', () => {
    const options = segmentMedianOptions(medians, 'frequency', TIERS);
    expect(options.x).toMatchObject({ domain: ['Champion', 'Average'] });
    const bars = markData(options, 0) as { info: { id: string; color: string }; value: number }[];
    expect(bars.map((bar) => [bar.info.id, bar.value])).toEqual([['champion', 6], ['average', 1.5]]);
    expect(medianOf(medians[0], 'recency')).toBe(20);
    expect(medianOf(medians[1], 'monetary')).toBe(900);
  });
});
