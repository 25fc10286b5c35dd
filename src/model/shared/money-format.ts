/**
 * How the page writes money for the file on screen: in its currency when it has one (`€1,234.50`), as
 * a plain grouped figure when the currency is not known, and also plain when the file mixes
 * currencies, since a single figure could be in any of them (totals are then shown per currency).
 * Charts and components take one of these instead of formatting money themselves.
 */
import { formatMoneyIn, type ShopCurrency } from './currency';
import { formatMoney } from './format';

export interface MoneyFormat {
  currency: ShopCurrency;
  /** A figure for display. */
  format(amount: number): string;
  /** What a heading or axis label adds: ` (EUR)`, ` (mixed currencies: EUR, USD)`, or nothing. */
  suffix: string;
}

export function moneyFormat(currency: ShopCurrency): MoneyFormat {
  const code = currency.kind === 'single' ? currency.code : null;
  return {
    currency,
    format: code === null ? formatMoney : (amount) => formatMoneyIn(amount, code),
    suffix: suffixOf(currency),
  };
}

function suffixOf(currency: ShopCurrency): string {
  if (currency.kind === 'single') return ` (${currency.code})`;
  return currency.kind === 'mixed' ? ` (mixed currencies: ${currency.codes.join(', ')})` : '';
}

/** No currency known: plain figures, no label. */
export const PLAIN_MONEY: MoneyFormat = moneyFormat({ kind: 'unknown' });
