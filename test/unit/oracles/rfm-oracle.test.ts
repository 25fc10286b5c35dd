import { describe, expect, it } from 'vitest';
import type { OracleCustomer } from '../../support/oracle';
import { oracleScores, oracleSegment } from '../../support/rfm-oracle';

const customer = (customerId: string, recencyDays: number, frequency: number, monetary: string): OracleCustomer => ({
  customerId,
  recencyDays,
  frequency,
  monetary,
  lastPurchaseDate: '2010-12-01',
  segment: 'average',
});

describe('the independent RFM scorer used by the checks', () => {
  it('scores by how many customers are strictly worse, ties sharing a score', () => {
    // Ten customers: six bought once, one value each for money; recency ties in pairs.
    const customers = [
      customer('a', 1, 1, '10.00'), customer('b', 1, 1, '20.00'), customer('c', 5, 1, '30.00'), customer('d', 5, 1, '40.00'),
      customer('e', 9, 1, '50.00'), customer('f', 9, 1, '60.00'), customer('g', 20, 2, '70.00'), customer('h', 20, 2, '80.00'),
      customer('i', 40, 3, '90.00'), customer('j', 40, 9, '100.00'),
    ];
    const scores = oracleScores(customers);
    const compact = Object.fromEntries([...scores].map(([id, { r, f, m }]) => [id, `${r}${f}${m}`]));
    // R: 40 days b=0 → 1; 20 days b=2 → 2; 9 days b=4 → 3; 5 days b=6 → 4; 1 day b=8 → 5.
    // F: once b=0 → 1; twice b=6 → 4; 3 and 9 times b=8, 9 → 5.  M: 1,1,2,2,3,3,4,4,5,5.
    expect(compact).toEqual({ a: '511', b: '511', c: '412', d: '412', e: '313', f: '313', g: '244', h: '244', i: '155', j: '155' });
    expect(oracleSegment(scores.get('a')!)).toBe('potential_loyalist');
    expect(oracleSegment(scores.get('g')!)).toBe('loyal_customers');
    expect(oracleSegment(scores.get('i')!)).toBe('at_risk');
  });
});
