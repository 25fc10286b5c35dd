import { describe, expect, it } from 'vitest';
import { ONLINE_RETAIL_HEADER, sampleOrderLines, sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { oracleAnalysis, parseCsv } from '../../support/oracle';

const FIELD = { invoice: 0, stockCode: 1, description: 2, quantity: 3, date: 4, price: 5, customer: 6, country: 7 };

const DEFAULT_CSV = sampleOrdersCsv();
const DEFAULT_LINES = DEFAULT_CSV.slice(0, -1).split('\n').slice(1);
const DEFAULT_ROWS = parseCsv(DEFAULT_CSV).slice(1);
const DEFAULT_RESULT = oracleAnalysis(DEFAULT_CSV, { valuePercentile: 80, activeDays: 90 });

function dataLines(text: string): string[] {
  return text.slice(0, -1).split('\n').slice(1);
}

/** Consecutive rows sharing an invoice number. */
function invoices(rows: string[][]): string[][][] {
  const groups: string[][][] = [];
  for (const row of rows) {
    const current = groups.at(-1);
    if (current && current[0][FIELD.invoice] === row[FIELD.invoice]) current.push(row);
    else groups.push([row]);
  }
  return groups;
}

/** 12/1/2010 8:26 → 201012010826, comparable as a number. */
function sortableTimestamp(text: string): number {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`not M/D/YYYY H:MM: ${text}`);
  const [month, day, year, hour, minute] = match.slice(1).map(Number);
  return (((year * 100 + month) * 100 + day) * 100 + hour) * 100 + minute;
}

function rfc4180Line(fields: string[]): string {
  return fields.map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',');
}

describe('sampleOrderLines: shape of the output', () => {
  it('is byte-identical for the same seed and options, and differs for another seed', () => {
    expect(sampleOrdersCsv()).toBe(DEFAULT_CSV);
    const options = { seed: 7, customers: 200, lines: 5000, unreadableRate: 0.02 };
    expect(sampleOrdersCsv(options)).toBe(sampleOrdersCsv(options));
    expect(sampleOrdersCsv({ ...options, seed: 8 })).not.toBe(sampleOrdersCsv(options));
  });

  it.each([0, 1, 2, 25, 26, 999, 12_345])('writes the header and exactly %i data lines', (lines) => {
    const text = sampleOrdersCsv({ lines });
    expect(text.endsWith('\n')).toBe(true);
    const all = text.slice(0, -1).split('\n');
    expect(all[0]).toBe(ONLINE_RETAIL_HEADER);
    expect(all).toHaveLength(lines + 1);
  });

  it('defaults to 40,000 lines, and the generator yields what sampleOrdersCsv joins', () => {
    expect(DEFAULT_LINES).toHaveLength(40_000);
    const options = { seed: 3, customers: 50, lines: 2000 };
    const yielded = [...sampleOrderLines(options)];
    expect(yielded.every((line) => !line.includes('\n'))).toBe(true);
    expect(yielded.join('\n') + '\n').toBe(sampleOrdersCsv(options));
  });

  it('streams: the first lines of a trillion-line sample arrive without materialising it', () => {
    const iterator = sampleOrderLines({ lines: 1_000_000_000_000 });
    expect(iterator.next().value).toBe(ONLINE_RETAIL_HEADER);
    for (let index = 0; index < 1000; index++) {
      const step = iterator.next();
      expect(step.done).toBe(false);
      expect(step.value).toMatch(/^C?\d{6},/);
    }
  });

  it('rejects options it cannot honour, when called', () => {
    expect(() => sampleOrderLines({ lines: -1 })).toThrow(RangeError);
    expect(() => sampleOrderLines({ lines: 1.5 })).toThrow(RangeError);
    expect(() => sampleOrderLines({ customers: -3 })).toThrow(RangeError);
    expect(() => sampleOrderLines({ unreadableRate: 1.5 })).toThrow(RangeError);
  });

  it('writes every column in the Online Retail format', () => {
    expect(DEFAULT_ROWS.every((row) => row.length === 8)).toBe(true);
    const bad = (index: number, pattern: RegExp) => DEFAULT_ROWS.filter((row) => !pattern.test(row[index]));
    expect(bad(FIELD.invoice, /^C?[5-9]\d{5}$/)).toEqual([]);
    expect(bad(FIELD.stockCode, /^(\d{5}[A-Z]{0,2}|POST)$/)).toEqual([]);
    expect(bad(FIELD.quantity, /^-?\d+$/)).toEqual([]);
    expect(bad(FIELD.date, /^[1-9]\d?\/[1-9]\d?\/\d{4} [1-9]?\d:\d\d$/)).toEqual([]);
    expect(bad(FIELD.price, /^(0|[1-9]\d*)(\.\d?[1-9])?$/)).toEqual([]);
    expect(bad(FIELD.customer, /^(|\d{5}(\.0)?)$/)).toEqual([]);
    expect(bad(FIELD.country, /^[A-Z][A-Za-z ]+$/)).toEqual([]);
  });

  it('dates run from 12/1/2010 to 12/9/2011 and never go backwards', () => {
    const stamps = DEFAULT_ROWS.map((row) => sortableTimestamp(row[FIELD.date]));
    expect(stamps[0]).toBeGreaterThanOrEqual(201012010000);
    expect(stamps.at(-1)).toBeLessThanOrEqual(201112092359);
    expect(stamps.at(-1)).toBeGreaterThanOrEqual(201112090000);
    expect(stamps.every((stamp, index) => index === 0 || stamp >= stamps[index - 1])).toBe(true);
  });

  it('writes invoices as contiguous blocks of 1–25 lines with one customer, time and country', () => {
    const groups = invoices(DEFAULT_ROWS);
    const numbers = groups.map((group) => Number(group[0][FIELD.invoice].replace('C', '')));
    expect(numbers.every((number, index) => index === 0 || number > numbers[index - 1])).toBe(true);
    expect(numbers[0]).toBe(536365);
    for (const group of groups) {
      expect(group.length).toBeGreaterThanOrEqual(1);
      expect(group.length).toBeLessThanOrEqual(25);
      for (const field of [FIELD.date, FIELD.country]) expect(new Set(group.map((row) => row[field])).size).toBe(1);
      expect(new Set(group.map((row) => row[FIELD.customer].replace('.0', ''))).size).toBe(1);
    }
  });

  it('quotes descriptions with commas or quotes per RFC 4180 and they round-trip', () => {
    const descriptions = new Set(DEFAULT_ROWS.map((row) => row[FIELD.description]));
    expect(descriptions).toContain('GLASS STAR FROSTED T-LIGHT HOLDER, RED');
    expect([...descriptions].filter((text) => text.includes(',')).length).toBeGreaterThanOrEqual(3);
    expect([...descriptions].some((text) => text.includes('"'))).toBe(true);
    expect(DEFAULT_LINES.some((line) => line.includes(',"GLASS STAR FROSTED T-LIGHT HOLDER, RED",'))).toBe(true);
    const mismatched = DEFAULT_ROWS.filter((row, index) => rfc4180Line(row) !== DEFAULT_LINES[index]);
    expect(mismatched).toEqual([]);
  });

  it('uses uppercase product names on sales lines', () => {
    const sales = DEFAULT_ROWS.filter((row) => Number(row[FIELD.quantity]) > 0);
    expect(sales.filter((row) => row[FIELD.description] !== row[FIELD.description].toUpperCase())).toEqual([]);
  });
});

describe('sampleOrderLines: customers', () => {
  it('has about 1,000 customers with 5-digit ids from 12346 to 18287', () => {
    expect(DEFAULT_RESULT.customers.size).toBeGreaterThanOrEqual(980);
    expect(DEFAULT_RESULT.customers.size).toBeLessThanOrEqual(1000);
    const ids = [...DEFAULT_RESULT.customers.keys()].map(Number);
    expect(ids.filter((id) => !(Number.isInteger(id) && id >= 12346 && id <= 18287))).toEqual([]);
  });

  it('honours the customers option', () => {
    const result = oracleAnalysis(sampleOrdersCsv({ customers: 120, lines: 8000 }), { valuePercentile: 80, activeDays: 90 });
    expect(result.customers.size).toBeGreaterThanOrEqual(115);
    expect(result.customers.size).toBeLessThanOrEqual(120);
  });

  it('writes a customer id as 17850.0 on about 30% of lines and 17850 on the rest', () => {
    const spellings = DEFAULT_ROWS.map((row) => row[FIELD.customer]);
    expect(spellings).toContain('17850');
    expect(spellings).toContain('17850.0');
    const withId = spellings.filter((id) => id !== '');
    const decimal = withId.filter((id) => id.endsWith('.0')).length / withId.length;
    expect(decimal).toBeGreaterThan(0.25);
    expect(decimal).toBeLessThan(0.35);
  });

  it('populates every tier at the default 80th percentile and 90 days', () => {
    const perTier = { champion: 0, at_risk_whale: 0, average: 0, hibernating: 0 };
    for (const customer of DEFAULT_RESULT.customers.values()) perTier[customer.segment] += 1;
    for (const count of Object.values(perTier)) expect(count).toBeGreaterThanOrEqual(30);
    expect(DEFAULT_RESULT.referenceDate).toBe('2011-12-10');
  });

  it('includes big spenders who stopped buying months before the end', () => {
    const lapsedWhales = [...DEFAULT_RESULT.customers.values()].filter(
      (customer) => Number(customer.monetary) >= 2 * DEFAULT_RESULT.valueThreshold && customer.recencyDays > 180,
    );
    expect(lapsedWhales.length).toBeGreaterThanOrEqual(5);
  });

  it('has regular customers who dropped out, silent for months after buying often', () => {
    const droppedOut = [...DEFAULT_RESULT.customers.values()].filter(
      (customer) => customer.frequency >= 6 && customer.recencyDays > 150,
    );
    expect(droppedOut.length).toBeGreaterThanOrEqual(15);
  });

  it('gives everything to guests when there are no customers', () => {
    const text = sampleOrdersCsv({ customers: 0, lines: 500 });
    const result = oracleAnalysis(text, { valuePercentile: 80, activeDays: 90, referenceDate: '2011-12-10' });
    expect(result.counts.missing_customer).toBe(500);
  });
});

describe('sampleOrderLines: dirt in the default sample', () => {
  const { counts } = DEFAULT_RESULT;

  it('leaves 20–25% of lines without a customer id', () => {
    expect(counts.rows).toBe(40_000);
    expect(counts.missing_customer / counts.rows).toBeGreaterThanOrEqual(0.2);
    expect(counts.missing_customer / counts.rows).toBeLessThanOrEqual(0.25);
  });

  it('cancels about 2% of invoices, with a C prefix and negative quantities', () => {
    const groups = invoices(DEFAULT_ROWS);
    const cancelled = groups.filter((group) => group[0][FIELD.invoice].startsWith('C'));
    expect(cancelled.length / groups.length).toBeGreaterThan(0.01);
    expect(cancelled.length / groups.length).toBeLessThan(0.03);
    expect(cancelled.flat().filter((row) => !(Number(row[FIELD.quantity]) < 0))).toEqual([]);
    expect(counts.cancelled).toBe(cancelled.flat().filter((row) => row[FIELD.customer] !== '').length);
  });

  it('has a few zero prices and a few non-cancelled zero or negative quantities', () => {
    for (const count of [counts.non_positive_price, counts.non_positive_quantity]) {
      expect(count).toBeGreaterThanOrEqual(5);
      expect(count).toBeLessThan(counts.rows * 0.005);
    }
    const adjustments = DEFAULT_ROWS.filter(
      (row) => !row[FIELD.invoice].startsWith('C') && Number(row[FIELD.quantity]) <= 0,
    );
    expect(adjustments.some((row) => row[FIELD.quantity] === '0')).toBe(true);
    expect(adjustments.some((row) => row[FIELD.customer] === '')).toBe(true);
  });

  it('repeats about 0.5% of lines verbatim right after themselves, and only there', () => {
    const repeats = DEFAULT_LINES.filter((line, index) => index > 0 && line === DEFAULT_LINES[index - 1]).length;
    expect(repeats / DEFAULT_LINES.length).toBeGreaterThan(0.003);
    expect(repeats / DEFAULT_LINES.length).toBeLessThan(0.008);
    expect(new Set(DEFAULT_LINES).size).toBe(DEFAULT_LINES.length - repeats);
  });

  it('has no unreadable values unless asked', () => {
    expect(counts.unreadable).toBe(0);
    expect(counts.kept).toBeGreaterThan(counts.rows * 0.7);
  });
});

describe('sampleOrderLines: unreadableRate', () => {
  const spoiledCsv = sampleOrdersCsv({ unreadableRate: 0.01 });
  const spoiledLines = dataLines(spoiledCsv);
  const spoiledRows = parseCsv(spoiledCsv).slice(1);
  const spoiledCounts = oracleAnalysis(spoiledCsv, { valuePercentile: 80, activeDays: 90 }).counts;

  it('spoils that fraction of lines, each counted as unreadable and nothing else changed', () => {
    expect(Math.abs(spoiledCounts.unreadable - 400)).toBeLessThanOrEqual(1);
    expect(spoiledCounts).toEqual({
      ...DEFAULT_RESULT.counts,
      unreadable: spoiledCounts.unreadable,
      kept: DEFAULT_RESULT.counts.kept - spoiledCounts.unreadable,
    });
  });

  it('changes exactly one of Quantity, InvoiceDate or UnitPrice on each spoiled line', () => {
    expect(spoiledLines).toHaveLength(DEFAULT_LINES.length);
    const changedFields = spoiledRows
      .map((row, index) => row.flatMap((value, field) => (value === DEFAULT_ROWS[index][field] ? [] : [field])))
      .filter((fields) => fields.length > 0);
    expect(changedFields).toHaveLength(spoiledCounts.unreadable);
    expect(changedFields.every((fields) => fields.length === 1)).toBe(true);
    const spoiledColumns = new Set(changedFields.map(([field]) => field));
    expect([...spoiledColumns].sort()).toEqual([FIELD.quantity, FIELD.date, FIELD.price]);
  });
});
