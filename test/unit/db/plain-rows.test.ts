import { describe, expect, it } from 'vitest';
import { camelCase, camelRows, plainRow, plainValue } from '../../../src/engine/db/plain-rows';

describe('plain rows', () => {
  it('passes numbers, strings, booleans and nulls through', () => {
    expect(plainRow(['a', 'b', 'c', 'd'], [1.5, 'x', true, null])).toEqual({ a: 1.5, b: 'x', c: true, d: null });
  });

  it('turns exact BIGINTs into numbers and refuses inexact ones', () => {
    expect(plainValue('n', 42n)).toBe(42);
    expect(() => plainValue('n', 2n ** 60n)).toThrow('invalid integer in column n');
  });

  it('refuses DECIMAL-like values, which Arrow hands back unscaled', () => {
    expect(() => plainValue('monetary', new Uint32Array([9514, 0, 0, 0]))).toThrow('invalid value in column monetary: cast it to DOUBLE or VARCHAR in SQL');
  });
});

describe('camelRows', () => {
  it("gives the page's field names, snake_case stopping here", () => {
    expect(camelCase('recency_days')).toBe('recencyDays');
    expect(camelCase('p_churn_30d')).toBe('pChurn30d');
    expect(camelCase('clv_12m')).toBe('clv12m');
    expect(camelCase('monetary')).toBe('monetary');
    expect(camelRows([{ customer_id: 'A', r_score: 5 }, { customer_id: 'B', r_score: 1 }])).toEqual([
      { customerId: 'A', rScore: 5 },
      { customerId: 'B', rScore: 1 },
    ]);
    expect(camelRows([])).toEqual([]);
  });
});
