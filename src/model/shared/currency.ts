/**
 * Money in the shop's own currency. The currency comes from a currency column or is chosen on the
 * mapping screen; a file may also hold none (no column, nothing chosen) or several. Several are never
 * added together: totals are kept per currency and the shop's currency reads as "mixed".
 *
 * Codes are ISO 4217 (`EUR`, `USD`, `JPY`), validated against the codes the browser's Intl knows, so a
 * code that passes can always be formatted. Display text comes from `Intl.NumberFormat` (en-US, like
 * format.ts, so figures look the same everywhere); exports and data attributes use the plain form.
 */
import { formatMoney } from './format';

export type CurrencyCode = string;

/** What a file's money is in: one currency, none known, or several (then never summed across). */
export type ShopCurrency = { kind: 'single'; code: CurrencyCode } | { kind: 'unknown' } | { kind: 'mixed'; codes: CurrencyCode[] };

/** The attribute and export value when a file holds several currencies. */
export const MIXED = 'mixed';

/** For the mapping screen's picker: the currencies most shops sell in, most common first. */
export const COMMON_CURRENCIES: readonly CurrencyCode[] = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON',
  'JPY', 'CNY', 'HKD', 'SGD', 'KRW', 'INR', 'IDR', 'MYR', 'THB', 'PHP', 'AED', 'SAR', 'ILS', 'TRY',
  'ZAR', 'BRL', 'MXN', 'ARS', 'CLP', 'COP',
];

// Unambiguous symbols a mapped currency column may hold instead of a code ("$" and "¥" are not).
const SYMBOLS: Record<string, CurrencyCode> = { '€': 'EUR', '£': 'GBP', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS', '₫': 'VND', '฿': 'THB', 'zł': 'PLN' };

let knownCodes: ReadonlySet<string> | undefined;

export function isCurrencyCode(value: string): value is CurrencyCode {
  knownCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return /^[A-Z]{3}$/.test(value) && knownCodes.has(value);
}

/** A currency cell as a code (` eur ` → `EUR`, `€` → `EUR`), or null when it names no known currency. */
export function readCurrency(cell: string): CurrencyCode | null {
  const text = cell.trim();
  const code = SYMBOLS[text.toLowerCase()] ?? text.toUpperCase();
  return isCurrencyCode(code) ? code : null;
}

/** The shop's currency from the distinct codes found in the file (or the one chosen on the mapping screen). */
export function shopCurrency(codes: readonly string[]): ShopCurrency {
  const distinct = [...new Set(codes.map(readCurrency).filter((code): code is CurrencyCode => code !== null))].sort();
  if (distinct.length === 0) return { kind: 'unknown' };
  if (distinct.length === 1) return { kind: 'single', code: distinct[0] };
  return { kind: 'mixed', codes: distinct };
}

/** The code to write beside a figure: `EUR`, `mixed`, or empty when unknown. */
export function currencyAttribute(currency: ShopCurrency): string {
  if (currency.kind === 'single') return currency.code;
  return currency.kind === 'mixed' ? MIXED : '';
}

/** Words for headings and axis labels: "EUR", "mixed currencies", or nothing. */
export function currencyLabel(currency: ShopCurrency): string {
  if (currency.kind === 'single') return currency.code;
  return currency.kind === 'mixed' ? `mixed currencies (${currency.codes.join(', ')})` : '';
}

const displayFormats = new Map<CurrencyCode, Intl.NumberFormat>();

function displayFormat(code: CurrencyCode): Intl.NumberFormat {
  let format = displayFormats.get(code);
  if (!format) {
    if (!isCurrencyCode(code)) throw new Error(`invalid currency: ${code}`);
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
    displayFormats.set(code, format);
  }
  return format;
}

/** `€1,234.50`, `¥1,235`; with no known currency, the plain grouped figure that formatMoney gives. */
export function formatMoneyIn(amount: number, code: CurrencyCode | null): string {
  return code === null ? formatMoney(amount) : displayFormat(code).format(amount);
}

/** The currency's minor-unit digits: 2 for EUR, 0 for JPY, 3 for BHD. */
export function minorDigits(code: CurrencyCode): number {
  return displayFormat(code).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Money as exports and data attributes write it: the currency's digits, a dot, no grouping (`1234.50`). */
export function moneyAttributeIn(amount: number, code: CurrencyCode | null): string {
  return amount.toFixed(code === null ? 2 : minorDigits(code));
}

export interface CurrencyTotal {
  currency: CurrencyCode;
  amount: number;
}

/**
 * Adds amounts per currency in whole minor units (exact), never across currencies. Ordered by code:
 * sizes in different currencies do not compare.
 */
export function totalPerCurrency(amounts: readonly CurrencyTotal[]): CurrencyTotal[] {
  const minorUnits = new Map<CurrencyCode, number>();
  for (const { currency, amount } of amounts) {
    const units = Math.round(amount * 10 ** minorDigits(currency));
    minorUnits.set(currency, (minorUnits.get(currency) ?? 0) + units);
  }
  return [...minorUnits]
    .map(([currency, units]) => ({ currency, amount: units / 10 ** minorDigits(currency) }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Per-currency totals as one line: `€1,200.00 · $300.00`. */
export function formatTotals(totals: readonly CurrencyTotal[]): string {
  return totals.map(({ currency, amount }) => formatMoneyIn(amount, currency)).join(' · ');
}

/** The currency's name for the picker ("Swiss Franc"), or the code itself where Intl has no name. */
export function currencyName(code: CurrencyCode): string {
  return new Intl.DisplayNames(['en'], { type: 'currency' }).of(code) ?? code;
}
