/**
 * Money of a file with several currencies, kept apart: amounts are added per currency (in whole
 * minor units, currency.ts) and written side by side, never summed into one figure. Lines whose
 * currency cell is empty or unreadable keep their own total, written without a symbol.
 */
import { formatMoneyIn, totalPerCurrency, type CurrencyCode } from './currency';
import { formatMoney } from './format';

export interface CurrencyAmount {
  /** ISO 4217; null for lines that name no currency. */
  currency: CurrencyCode | null;
  amount: number;
}

/** One total per currency, by code, with the amounts in no currency last. */
export function addPerCurrency(amounts: readonly CurrencyAmount[]): CurrencyAmount[] {
  const known = amounts.filter((entry): entry is { currency: CurrencyCode; amount: number } => entry.currency !== null);
  const totals: CurrencyAmount[] = totalPerCurrency(known);
  const unknown = amounts.filter((entry) => entry.currency === null);
  if (unknown.length > 0) totals.push({ currency: null, amount: unknown.reduce((cents, entry) => cents + Math.round(entry.amount * 100), 0) / 100 });
  return totals;
}

/** `€1,200.00 · $300.00 · 12.00 in no currency`; a dash when there is nothing. */
export function formatPerCurrency(amounts: readonly CurrencyAmount[]): string {
  if (amounts.length === 0) return '–';
  return amounts.map(({ currency, amount }) => (currency === null ? `${formatMoney(amount)} in no currency` : formatMoneyIn(amount, currency))).join(' · ');
}
