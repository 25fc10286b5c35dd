/**
 * An independent, deliberately plain re-computation of what the app derives from an order-lines
 * CSV: cleaning counts, per-customer recency/frequency/monetary and the four tiers. It exists to
 * check the SQL engine, so it shares no code with src/ (only the TierId type) and favours
 * obviousness over speed: its own CSV parser, exact BigInt money, calendar arithmetic by hand.
 */
import type { TierId } from '../../src/model/segments/tiers';

export interface OracleCounts {
  rows: number;
  missing_customer: number;
  cancelled: number;
  non_positive_quantity: number;
  non_positive_price: number;
  unreadable: number;
  kept: number;
}

export interface OracleCustomer {
  customerId: string;
  /** YYYY-MM-DD */
  lastPurchaseDate: string;
  recencyDays: number;
  frequency: number;
  /** Exact sum of quantity × price, rounded half away from zero to cents, e.g. "1234.50". */
  monetary: string;
  segment: TierId;
}

export interface OracleResult {
  counts: OracleCounts;
  /** YYYY-MM-DD */
  referenceDate: string;
  valueThreshold: number;
  customers: Map<string, OracleCustomer>;
}

export interface OracleParams {
  valuePercentile: number;
  activeDays: number;
  /** YYYY-MM-DD; default: the day after the latest kept invoice date. */
  referenceDate?: string;
}

export function oracleAnalysis(csvText: string, params: OracleParams): OracleResult {
  const [header, ...dataRows] = parseCsv(csvText);
  const layout = recogniseLayout(header ?? []);
  const counts: OracleCounts = {
    rows: 0, missing_customer: 0, cancelled: 0, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, kept: 0,
  };
  const totals = new Map<string, CustomerTotals>();
  for (const fields of dataRows) {
    counts.rows += 1;
    const outcome = classifyLine(fields, layout);
    if (typeof outcome === 'string') {
      counts[outcome] += 1;
    } else {
      counts.kept += 1;
      addToTotals(totals, outcome);
    }
  }
  const referenceDay = params.referenceDate === undefined
    ? latestDay(totals) + 1
    : parseReferenceDate(params.referenceDate);
  return { counts, referenceDate: formatDay(referenceDay), ...segmentCustomers(totals, referenceDay, params) };
}

// ---------------------------------------------------------------------------------------------
// RFC 4180 CSV

/** Rows of fields. Quoted fields may hold commas, line breaks and doubled quotes; CRLF or LF; blank lines skipped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0; // byte-order mark
  while (position < text.length) {
    const field = text[position] === '"' ? readQuotedField(text, position) : readPlainField(text, position);
    row.push(field.value);
    position = field.end;
    if (text[position] === ',') {
      position += 1;
      if (position === text.length) row.push(''); // a trailing comma ends with an empty field
      continue;
    }
    position += text.startsWith('\r\n', position) ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows.filter((fields) => !(fields.length === 1 && fields[0] === ''));
}

function readPlainField(text: string, start: number): { value: string; end: number } {
  let end = start;
  while (end < text.length && text[end] !== ',' && text[end] !== '\n' && text[end] !== '\r') end += 1;
  return { value: text.slice(start, end), end };
}

function readQuotedField(text: string, start: number): { value: string; end: number } {
  let value = '';
  let position = start + 1;
  for (;;) {
    const quote = text.indexOf('"', position);
    if (quote === -1) throw new Error(`unterminated quoted field starting at offset ${start}`);
    value += text.slice(position, quote);
    if (text[quote + 1] !== '"') {
      position = quote + 1;
      break;
    }
    value += '"';
    position = quote + 2;
  }
  // Anything between the closing quote and the next delimiter is kept as written (lenient).
  const rest = readPlainField(text, position);
  return { value: value + rest.value, end: rest.end };
}

// ---------------------------------------------------------------------------------------------
// Layouts

type DateParser = (text: string) => number | undefined;

interface Layout {
  invoice: number;
  quantity: number;
  date: number;
  price: number;
  customer: number;
  parseDate: DateParser;
}

const ONLINE_RETAIL = [
  'invoiceno', 'stockcode', 'description', 'quantity', 'invoicedate', 'unitprice', 'customerid', 'country',
];
const ONLINE_RETAIL_II = [
  'invoice', 'stockcode', 'description', 'quantity', 'invoicedate', 'price', 'customerid', 'country',
];

function recogniseLayout(header: string[]): Layout {
  const names = header.map((name) => name.replace(/\s+/g, '').toLowerCase());
  const columns = { quantity: 3, date: 4, price: 5, customer: 6 };
  if (sameNames(names, ONLINE_RETAIL)) return { invoice: 0, ...columns, parseDate: parseMonthDayYear };
  if (sameNames(names, ONLINE_RETAIL_II)) return { invoice: 0, ...columns, parseDate: parseIsoDateTime };
  throw new Error(`unrecognised header: ${header.join(',')}`);
}

function sameNames(actual: string[], expected: string[]): boolean {
  return actual.length === expected.length && actual.every((name, index) => name === expected[index]);
}

// ---------------------------------------------------------------------------------------------
// Cleaning: each line counted once, under the first reason that applies

type RejectReason = 'missing_customer' | 'cancelled' | 'non_positive_quantity' | 'non_positive_price' | 'unreadable';

interface KeptLine {
  customerId: string;
  invoice: string;
  day: number;
  amount: Fixed;
}

function classifyLine(fields: string[], layout: Layout): RejectReason | KeptLine {
  const field = (index: number) => (fields[index] ?? '').trim();
  const customerId = field(layout.customer);
  const invoice = field(layout.invoice);
  const quantity = parseFixed(field(layout.quantity));
  const price = parseFixed(field(layout.price));
  const day = layout.parseDate(field(layout.date));
  if (customerId === '') return 'missing_customer';
  if (invoice.startsWith('C') || invoice.startsWith('c')) return 'cancelled';
  if (quantity !== undefined && quantity.units <= 0n) return 'non_positive_quantity';
  if (price !== undefined && price.units <= 0n) return 'non_positive_price';
  if (quantity === undefined || price === undefined || day === undefined) return 'unreadable';
  return { customerId: customerId.replace(/\.0+$/, ''), invoice, day, amount: multiplyFixed(quantity, price) };
}

// ---------------------------------------------------------------------------------------------
// Exact decimals: value = units / 10^scale

interface Fixed {
  units: bigint;
  scale: number;
}

const NUMBER_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function parseFixed(text: string): Fixed | undefined {
  if (!NUMBER_PATTERN.test(text)) return undefined;
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace(/^[+-]/, '').split('.');
  const units = BigInt((whole === '' ? '0' : whole) + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

function multiplyFixed(a: Fixed, b: Fixed): Fixed {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

function addFixed(a: Fixed, b: Fixed): Fixed {
  const scale = Math.max(a.scale, b.scale);
  return { units: a.units * 10n ** BigInt(scale - a.scale) + b.units * 10n ** BigInt(scale - b.scale), scale };
}

/** Rounded half away from zero to two decimals, e.g. "1234.50". */
function formatCents(value: Fixed): string {
  let cents: bigint;
  if (value.scale <= 2) {
    cents = value.units * 10n ** BigInt(2 - value.scale);
  } else {
    const divisor = 10n ** BigInt(value.scale - 2);
    const magnitude = value.units < 0n ? -value.units : value.units;
    const rounded = magnitude / divisor + (2n * (magnitude % divisor) >= divisor ? 1n : 0n);
    cents = value.units < 0n ? -rounded : rounded;
  }
  const sign = cents < 0n ? '-' : '';
  const magnitude = cents < 0n ? -cents : cents;
  return `${sign}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Calendar: a day is a whole number of days since 1970-01-01

/** Online Retail: M/D/YYYY H:MM, e.g. 12/1/2010 8:26. */
function parseMonthDayYear(text: string): number | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [month, day, year, hour, minute] = match.slice(1).map(Number);
  return validDateTime(year, month, day, hour, minute, 0) ? dayNumber(year, month, day) : undefined;
}

/** Online Retail II: YYYY-MM-DD HH:MM:SS, e.g. 2009-12-01 07:45:00. */
function parseIsoDateTime(text: string): number | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  return validDateTime(year, month, day, hour, minute, second) ? dayNumber(year, month, day) : undefined;
}

function parseReferenceDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (!match || !validDateTime(year, month, day, 0, 0, 0)) throw new Error(`invalid reference date: ${text}`);
  return dayNumber(year, month, day);
}

function validDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return hour <= 23 && minute <= 59 && second <= 59;
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Proleptic Gregorian day count (Howard Hinnant's days_from_civil), free of Date's 2-digit-year quirks. */
function dayNumber(year: number, month: number, day: number): number {
  const shiftedYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(shiftedYear / 400);
  const yearOfEra = shiftedYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function formatDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Per-customer totals and tiers

interface CustomerTotals {
  lastDay: number;
  invoices: Set<string>;
  total: Fixed;
}

function addToTotals(totals: Map<string, CustomerTotals>, line: KeptLine): void {
  const existing = totals.get(line.customerId);
  if (!existing) {
    totals.set(line.customerId, { lastDay: line.day, invoices: new Set([line.invoice]), total: line.amount });
    return;
  }
  existing.lastDay = Math.max(existing.lastDay, line.day);
  existing.invoices.add(line.invoice);
  existing.total = addFixed(existing.total, line.amount);
}

function latestDay(totals: Map<string, CustomerTotals>): number {
  if (totals.size === 0) throw new Error('no kept lines, so no reference date; pass one');
  return [...totals.values()].reduce((latest, customer) => Math.max(latest, customer.lastDay), -Infinity);
}

function segmentCustomers(
  totals: Map<string, CustomerTotals>,
  referenceDay: number,
  params: OracleParams,
): Pick<OracleResult, 'valueThreshold' | 'customers'> {
  const monetary = new Map([...totals].map(([id, customer]) => [id, formatCents(customer.total)]));
  const valueThreshold = continuousQuantile([...monetary.values()].map(Number), params.valuePercentile / 100);
  const customers = new Map<string, OracleCustomer>();
  for (const [customerId, customer] of totals) {
    const money = monetary.get(customerId) ?? '0.00';
    const recencyDays = referenceDay - customer.lastDay;
    const highValue = Number(money) >= valueThreshold;
    const active = recencyDays <= params.activeDays;
    customers.set(customerId, {
      customerId,
      lastPurchaseDate: formatDay(customer.lastDay),
      recencyDays,
      frequency: customer.invoices.size,
      monetary: money,
      segment: highValue ? (active ? 'champion' : 'at_risk_whale') : active ? 'average' : 'hibernating',
    });
  }
  return { valueThreshold, customers };
}

/** DuckDB quantile_cont: linear interpolation between the order statistics around (n − 1)·p. */
function continuousQuantile(values: number[], fraction: number): number {
  if (values.length === 0) return 0; // no customers: nothing is compared against it
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
}
