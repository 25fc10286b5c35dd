import { describe, expect, it } from 'vitest';
import { prepareColumns } from '../../../../src/model/segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../../../../src/model/segments/tier-rules/evaluate-tier-rules';
import { TIER_RULE_PRESETS } from '../../../../src/model/segments/tier-rules/presets';
import { columnsOf, type CustomerLiteral } from '../../../support/customer-columns';

const CUSTOMERS: CustomerLiteral[] = [
  { last: '2024-04-09 10:00', frequency: 6, monetary: '1000.00' },
  { last: '2024-04-09 11:00', frequency: 2, monetary: '0.10' },
  { last: '2023-12-01 08:00', frequency: 5, monetary: '500.00' },
  { last: '2024-02-29 23:59', frequency: 1, monetary: '20.25' },
];

describe('preparing customer columns', () => {
  it('sorts each measure once and orders customers from the latest last purchase', () => {
    const columns = columnsOf(CUSTOMERS);
    expect([...columns.sortedFrequency]).toEqual([1, 2, 5, 6]);
    expect([...columns.sortedMonetary]).toEqual([0.1, 20.25, 500, 1000]);
    expect([...columns.monetary]).toEqual([1000, 0.1, 500, 20.25]);
    expect([...columns.latestFirst]).toEqual([1, 0, 3, 2]);
    expect(columns.latestPurchaseMicros).toBe(Date.parse('2024-04-09T11:00:00Z') * 1000);
  });

  it('keeps the order the engine sends (latest first) as it is', () => {
    const latestFirst = [CUSTOMERS[1], CUSTOMERS[0], CUSTOMERS[3], CUSTOMERS[2]];
    expect([...columnsOf(latestFirst).latestFirst]).toEqual([0, 1, 2, 3]);
  });

  it('gives every customer the same tier whatever order the customers come in', () => {
    const reversed = [...CUSTOMERS].reverse();
    for (const ruleSet of Object.values(TIER_RULE_PRESETS)) {
      const inOrder = evaluateTierRules(columnsOf(CUSTOMERS), ruleSet, '2024-04-10');
      const backwards = evaluateTierRules(columnsOf(reversed), ruleSet, '2024-04-10');
      expect([...backwards.tierOfCustomer].reverse()).toEqual([...inOrder.tierOfCustomer]);
      expect(backwards.totals).toEqual(inOrder.totals);
    }
  });

  it('refuses columns of different lengths, or none', () => {
    const one = { lastPurchaseMicros: new Float64Array(1), frequency: new Int32Array(1), monetaryCents: new Float64Array(2) };
    expect(() => prepareColumns(one)).toThrow('invalid customer columns: columns of different lengths');
    expect(() => prepareColumns({ lastPurchaseMicros: new Float64Array(0), frequency: new Int32Array(0), monetaryCents: new Float64Array(0) })).toThrow(
      'invalid customer columns: no customers',
    );
  });
});
