import { describe, expect, it } from 'vitest';
import {
  COMMON_CURRENCIES,
  currencyAttribute,
  currencyLabel,
  currencyName,
  formatMoneyIn,
  formatTotals,
  isCurrencyCode,
  moneyAttributeIn,
  readCurrency,
  shopCurrency,
  totalPerCurrency,
} from '../../../src/model/shared/currency';

describe('currency codes', () => {
  it('accepts ISO 4217 codes and nothing else', () => {
    expect(isCurrencyCode('EUR')).toBe(true);
    expect(isCurrencyCode('JPY')).toBe(true);
    expect(isCurrencyCode('eur')).toBe(false);
    expect(isCurrencyCode('EURO')).toBe(false);
    expect(isCurrencyCode('QQQ')).toBe(false);
    expect(isCurrencyCode('')).toBe(false);
  });

  it('reads a currency cell: codes in any case, unambiguous symbols, never a bare dollar sign', () => {
    expect(readCurrency(' usd ')).toBe('USD');
    expect(readCurrency('€')).toBe('EUR');
    expect(readCurrency('£')).toBe('GBP');
    expect(readCurrency('zł')).toBe('PLN');
    expect(readCurrency('$')).toBeNull();
    expect(readCurrency('dollars')).toBeNull();
  });

  it('offers only valid, distinct codes in the picker, each with a name', () => {
    expect(COMMON_CURRENCIES.every(isCurrencyCode)).toBe(true);
    expect(new Set(COMMON_CURRENCIES).size).toBe(COMMON_CURRENCIES.length);
    expect(currencyName('CHF')).toBe('Swiss Franc');
  });
});

describe("the shop's currency", () => {
  it('is one currency, unknown, or mixed (never summed across)', () => {
    expect(shopCurrency(['EUR', 'eur', ''])).toEqual({ kind: 'single', code: 'EUR' });
    expect(shopCurrency([])).toEqual({ kind: 'unknown' });
    expect(shopCurrency(['??'])).toEqual({ kind: 'unknown' });
    expect(shopCurrency(['USD', 'EUR', 'USD'])).toEqual({ kind: 'mixed', codes: ['EUR', 'USD'] });
  });

  it('says which currency a figure is in', () => {
    expect(currencyAttribute({ kind: 'single', code: 'GBP' })).toBe('GBP');
    expect(currencyAttribute({ kind: 'mixed', codes: ['EUR', 'USD'] })).toBe('mixed');
    expect(currencyAttribute({ kind: 'unknown' })).toBe('');
    expect(currencyLabel({ kind: 'mixed', codes: ['EUR', 'USD'] })).toBe('mixed currencies (EUR, USD)');
    expect(currencyLabel({ kind: 'single', code: 'SEK' })).toBe('SEK');
  });
});

describe('money in a currency', () => {
  it('formats for display with the currency symbol and its own decimals', () => {
    expect(formatMoneyIn(1234.5, 'EUR')).toBe('€1,234.50');
    expect(formatMoneyIn(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoneyIn(1234.5, 'JPY')).toBe('¥1,235');
    expect(formatMoneyIn(1234.5, null)).toBe('1,234.50');
    expect(() => formatMoneyIn(1, 'QQQ')).toThrow('invalid currency: QQQ');
  });

  it('writes the plain attribute form with the minor units of the currency', () => {
    expect(moneyAttributeIn(1234.5, 'EUR')).toBe('1234.50');
    expect(moneyAttributeIn(1234.5, 'JPY')).toBe('1235');
    expect(moneyAttributeIn(1.2346, 'BHD')).toBe('1.235');
    expect(moneyAttributeIn(7, null)).toBe('7.00');
  });

  it('totals per currency exactly, in minor units', () => {
    const amounts = [
      { currency: 'USD', amount: 0.1 },
      { currency: 'EUR', amount: 10 },
      { currency: 'USD', amount: 0.2 },
      { currency: 'EUR', amount: 0.05 },
    ];
    expect(totalPerCurrency(amounts)).toEqual([
      { currency: 'EUR', amount: 10.05 },
      { currency: 'USD', amount: 0.3 },
    ]);
    expect(formatTotals(totalPerCurrency(amounts))).toBe('€10.05 · $0.30');
  });
});
