import { describe, expect, it } from 'vitest';
import { moneyFormat, PLAIN_MONEY } from '../../../src/model/shared/money-format';
import { shopCurrency } from '../../../src/model/shared/currency';

describe('money on the page', () => {
  it('is written in the file’s one currency, with its own digits', () => {
    expect(moneyFormat(shopCurrency(['eur'])).format(1234.5)).toBe('€1,234.50');
    expect(moneyFormat(shopCurrency(['JPY'])).format(15800)).toBe('¥15,800');
    expect(moneyFormat(shopCurrency(['CHF'])).suffix).toBe(' (CHF)');
  });

  it('is a plain figure, never a guessed symbol, when the currency is unknown or mixed', () => {
    expect(PLAIN_MONEY.format(1234.5)).toBe('1,234.50');
    expect(PLAIN_MONEY.suffix).toBe('');
    const mixed = moneyFormat(shopCurrency(['EUR', 'USD']));
    expect(mixed.format(1234.5)).toBe('1,234.50');
    expect(mixed.suffix).toBe(' (mixed currencies: EUR, USD)');
  });
});
