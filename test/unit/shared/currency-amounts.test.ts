import { describe, expect, it } from 'vitest';
import { addPerCurrency, formatPerCurrency } from '../../../src/model/shared/currency-amounts';

describe('amounts in several currencies', () => {
  it('are added per currency to the cent, never across, with lines in no currency kept apart', () => {
    const totals = addPerCurrency([
      { currency: 'USD', amount: 0.1 },
      { currency: 'EUR', amount: 1200 },
      { currency: null, amount: 5.05 },
      { currency: 'USD', amount: 0.2 },
      { currency: null, amount: 0.01 },
    ]);
    expect(totals).toEqual([
      { currency: 'EUR', amount: 1200 },
      { currency: 'USD', amount: 0.3 },
      { currency: null, amount: 5.06 },
    ]);
    expect(formatPerCurrency(totals)).toBe('€1,200.00 · $0.30 · 5.06 in no currency');
    expect(formatPerCurrency([])).toBe('–');
  });
});
