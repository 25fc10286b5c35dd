import { describe, expect, it } from 'vitest';
import { DEFAULT_RFM_RULES, RFM_BUCKET_IDS, moveRuleUp } from '../../../src/model/segments/rfm-segments';
import { rfmView, type RfmCell } from '../../../src/model/segments/rfm-totals';

const cell = (r: number, f: number, m: number, customers: number, revenueCents: number): RfmCell => ({ rScore: r, fScore: f, mScore: m, customers, revenueCents });

describe('segment totals from score cells', () => {
  // Champions (5,5,5) and (4,4,4); Potential Loyalist (4,1,1); Others (5,1,5): no default rule has R 5, F 1, M 5.
  const cells = [cell(5, 5, 5, 3, 30_010), cell(4, 4, 4, 2, 20), cell(4, 1, 1, 7, 10), cell(5, 1, 5, 1, 99_999)];

  it('puts each cell in the segment of its scores and lists all twelve buckets in order', () => {
    const { totals, rules } = rfmView(cells, DEFAULT_RFM_RULES);
    expect(rules).toBe(DEFAULT_RFM_RULES);
    expect(totals.map((row) => row.segment)).toEqual(RFM_BUCKET_IDS);
    const nonEmpty = Object.fromEntries(totals.filter((row) => row.customers > 0).map((row) => [row.segment, [row.customers, row.revenue]]));
    expect(nonEmpty).toEqual({ champions: [5, 300.3], potential_loyalist: [7, 0.1], others: [1, 999.99] });
  });

  it('adds cents, not currency, so 0.10 + 0.20 is exactly 0.30', () => {
    const { totals } = rfmView([cell(5, 5, 5, 1, 10), cell(4, 4, 4, 1, 20)], DEFAULT_RFM_RULES);
    expect(totals.find((row) => row.segment === 'champions')!.revenue).toBe(0.3);
  });

  it('follows the rule order: New Customers moved above Potential Loyalist takes (4,1,1)', () => {
    const reordered = moveRuleUp(DEFAULT_RFM_RULES, 'new_customers');
    const { totals } = rfmView(cells, reordered);
    expect(totals.find((row) => row.segment === 'new_customers')).toEqual({ segment: 'new_customers', customers: 7, revenue: 0.1 });
    expect(totals.find((row) => row.segment === 'potential_loyalist')!.customers).toBe(0);
  });

  it('counts every customer exactly once, whatever the rules', () => {
    const everyCell = Array.from({ length: 125 }, (_, index) => cell(Math.floor(index / 25) + 1, (Math.floor(index / 5) % 5) + 1, (index % 5) + 1, index + 1, 100 * index));
    const { totals } = rfmView(everyCell, DEFAULT_RFM_RULES);
    expect(totals.reduce((sum, row) => sum + row.customers, 0)).toBe((125 * 126) / 2);
    expect(totals.reduce((sum, row) => sum + row.revenue, 0)).toBe((124 * 125) / 2);
  });
});
