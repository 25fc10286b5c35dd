import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeSecondPassFailure } from '../../../src/engine/describe-failure';
import type { Connector } from '../../../src/engine/db/connector';
import { analyseOrders } from '../../../src/engine/load/load-orders';
import { readLineDetails } from '../../../src/engine/load/read-orders';
import { LINE_DETAILS_PRESENT, linesWithDetails } from '../../../src/engine/load/sql/lines/line-details';
import { inspectFixtures, loaded, type Fixture } from '../../support/load-fixture';
import { nativeConnector } from '../../support/native-duckdb';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

/** Two monthly files: a line with a field too many (set aside by the reader), a product written with spaces, an empty one. */
const FILES: Fixture[] = [
  {
    name: 'march.csv',
    content: [
      HEADER,
      '1001,A,MUG,2,2024-03-01 10:00,5.00,c1,UK',
      '1001,B,TEA TOWEL,1,2024-03-01 10:00,3.50,c1,UK',
      '1002,C,VASE,1,2024-03-02 11:00,9.99,c2,UK,EXTRA',
      '1003,D,  LAMP ,1,2024-03-03 12:00,20.00,c3,France',
      '1004,E,,4,2024-03-04 09:00,1.25,,UK',
    ].join('\n'),
  },
  {
    name: 'april.csv',
    content: [HEADER, '2001,A,MUG,1,2024-04-01 10:00,5.00,c2,UK', '2001,A,MUG,1,2024-04-01 10:00,5.00,c2,UK', 'C2002,F,CLOCK,-1,2024-04-02 10:00,15.00,c3,UK'].join('\n'),
  },
];

/** Each line of order_lines with the product and country line_details holds for it (null when it has none). */
async function linesWithProducts(db: Connector) {
  return db.query(`
    SELECT lines.source_file, lines.source_row, lines.invoice, lines.reason, lines.country AS first_pass_country, details.product, details.country
    FROM order_lines AS lines LEFT JOIN line_details AS details
      ON details.source_file = lines.source_file AND details.source_row = lines.source_row AND details.line_hash = lines.line_hash
    ORDER BY lines.source_file, lines.source_row`);
}

async function analysed(details: 'after-the-results' | 'with-the-lines', oneThread = false) {
  const db = await nativeConnector({ oneThread });
  const inspection = await inspectFixtures(db, FILES);
  const plan = inspection.preview.detection.plan;
  const result = loaded(await analyseOrders(db, inspection, plan, () => {}, () => {}, '2026-03-01', details));
  return { db, inspection, plan, result };
}

const present = async (db: Connector) => (await db.query<{ present: boolean }>(LINE_DETAILS_PRESENT))[0].present;

describe('the lines’ products and countries, read in a second pass', () => {
  it('are read with the results only when asked to, and then match every line of order_lines, line for line', async () => {
    const later = await analysed('after-the-results');
    expect(await present(later.db)).toBe(false);
    await readLineDetails(later.db, { sources: later.inspection.sources, plan: later.plan });
    const now = await analysed('with-the-lines');
    const lines = await linesWithProducts(later.db);
    expect(lines).toEqual(await linesWithProducts(now.db));
    // The line set aside (a field too many) is in neither pass, so the numbers after it still agree.
    expect(lines.map((line) => [line.source_file, line.invoice, line.product, line.country])).toEqual([
      [0, '1001', 'MUG', 'UK'],
      [0, '1001', 'TEA TOWEL', 'UK'],
      [0, '1003', '  LAMP ', 'France'],
      [0, '1004', null, 'UK'],
      [1, '2001', 'MUG', 'UK'],
      [1, '2001', 'MUG', 'UK'],
      [1, 'C2002', 'CLOCK', 'UK'],
    ]);
    // Not filled in from its order, the country is read in the second pass only.
    expect(lines.every((line) => line.first_pass_country === null)).toBe(true);
    const [{ details }] = await later.db.query<{ details: number }>('SELECT count(*)::INTEGER AS details FROM line_details');
    expect(details).toBe(lines.length);
  });

  it('are numbered alike on one thread, where a sequence numbers the lines instead of a window', async () => {
    const windowed = await analysed('with-the-lines');
    const sequenced = await analysed('with-the-lines', true);
    const lines = (db: Connector) =>
      db.query('SELECT source_file, source_row, line_hash::VARCHAR AS line_hash, invoice, reason, quantity::VARCHAR AS quantity FROM order_lines ORDER BY source_file, source_row');
    const numbers = await lines(sequenced.db);
    expect(numbers).toEqual(await lines(windowed.db));
    expect(numbers.map((line) => [line.source_file, line.source_row])).toEqual([[0, 1], [0, 2], [0, 3], [0, 4], [1, 1], [1, 2], [1, 3]]);
    expect(await linesWithProducts(sequenced.db)).toEqual(await linesWithProducts(windowed.db));
    // The table holds them in the order read, as the window's numbers say.
    const inTableOrder = await sequenced.db.query<{ source_row: number }>('SELECT source_row FROM order_lines WHERE source_file = 1');
    expect(inTableOrder.map((line) => line.source_row)).toEqual([1, 2, 3]);
  });

  it('are put beside the lines they were read with, and never beside another line', async () => {
    const { db } = await analysed('with-the-lines');
    const products = async () =>
      (await db.query<{ source_row: number; product: string | null }>(`SELECT source_row, product FROM ${linesWithDetails('lines.source_file = 0')} ORDER BY source_row`)).map((line) => line.product);
    expect(await products()).toEqual(['MUG', 'TEA TOWEL', '  LAMP ', null]);
    // Out of step (a row missing, say), the pairs are not the same lines: none takes a product.
    await db.query('CREATE OR REPLACE TABLE line_details AS SELECT * FROM line_details ORDER BY source_file, source_row DESC');
    expect(await products()).toEqual([null, null, null, null]);
  });

  it('are read once per read of the files, and not published for files no longer current', async () => {
    const { db, inspection, plan } = await analysed('after-the-results');
    const statements: string[] = [];
    const spy: Connector = { ...db, query: (sql, params) => (statements.push(sql), db.query(sql, params)) };
    const files = { sources: inspection.sources, plan };
    await expect(readLineDetails(spy, files, () => false)).rejects.toThrow(/other files were chosen/);
    expect(await present(db)).toBe(false);
    await readLineDetails(spy, files);
    const reads = statements.length;
    await readLineDetails(spy, files);
    expect(statements.length).toBe(reads + 1);
    expect(await present(db)).toBe(true);
    // Without files (a kept analysis reopened, say) there is nothing to read them from.
    await db.query('DROP TABLE line_details');
    await expect(readLineDetails(db, null)).rejects.toThrow(/no files/);
  });

  it('cannot be read from a file moved since the analysis: nothing is published, the user is told why, and they are read once it is back', async () => {
    const { db, inspection, plan } = await analysed('after-the-results');
    const files = { sources: inspection.sources, plan };
    // The second file moved: the first was read into the table being written, which must not be published half.
    const april = inspection.sources[1].registeredName;
    renameSync(april, `${april}.moved`);
    const failure = await readLineDetails(db, files).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect(await present(db)).toBe(false);
    expect(describeSecondPassFailure(failure, 'read', 'march.csv", "april.csv').message).toMatch(
      /read from "march\.csv", "april\.csv" again .* moved, renamed or deleted since the analysis\? Choose the file again/,
    );
    renameSync(`${april}.moved`, april);
    await readLineDetails(db, files);
    expect(await present(db)).toBe(true);
    const [{ details }] = await db.query<{ details: number }>('SELECT count(*)::INTEGER AS details FROM line_details');
    expect(details).toBe(7);
  });

  it('are not taken from a file changed since the analysis: the user is told which, and nothing is published', async () => {
    const { db, inspection, plan } = await analysed('after-the-results');
    const files = { sources: inspection.sources, plan };
    const april = inspection.sources[1].registeredName;
    const analysedText = readFileSync(april, 'utf8');
    const changedBy = [
      // Saved again with one product renamed: as many lines, one of them another line.
      analysedText.replace('2001,A,MUG,1,2024-04-01 10:00,5.00,c2,UK', '2001,A,JUG,1,2024-04-01 10:00,5.00,c2,UK'),
      // A newer export under the same name: one line more.
      `${analysedText}\n2003,A,MUG,1,2024-04-05 10:00,5.00,c1,UK`,
    ];
    for (const changed of changedBy) {
      writeFileSync(april, changed);
      await expect(readLineDetails(db, files)).rejects.toThrow(/^"april\.csv" has changed since the analysis .* Choose the file again/);
      expect(await present(db)).toBe(false);
    }
    writeFileSync(april, analysedText);
    await readLineDetails(db, files);
    expect(await present(db)).toBe(true);
  });
});
