import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LoadSession } from '../../../src/engine/load/load-session';
import { xlsxToCsv } from '../../../src/engine/load/files/read-xlsx';
import { countDuplicates } from '../../../src/engine/load/duplicate-lines';
import { changeDuplicates } from '../../../src/engine/load/load-orders';
import { linesReadOf } from '../../../src/engine/load/read-orders';
import { analyseFixtures, FIXTURE_FILES, loaded, rfmRows } from '../../support/load-fixture';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { xlsxFile } from '../../support/xlsx-file';

const HEADER = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];

describe('an Excel workbook', () => {
  const workbook = xlsxFile([
    HEADER,
    ['536365', 'A', 'CAFÉ MUG, "RED"', 6, { date: new Date(Date.UTC(2010, 11, 1, 8, 26)) }, 2.55, 17850, 'United Kingdom'],
    ['536365', 'B', 'PLATE', 2, { date: new Date(Date.UTC(2010, 11, 1, 8, 26)) }, 0.1 + 0.2, 17850, 'United Kingdom'],
    [null, null, null, null, null, null, null, null],
    ['C536366', 'A', 'MUG', -1, { date: new Date(Date.UTC(2010, 11, 2, 9, 0)) }, 2.55, 17850, 'United Kingdom'],
    ['536367', 'C', 'BOWL', 1, { date: new Date(Date.UTC(2010, 11, 9, 23, 59)) }, 19.99, 12583, 'France'],
  ]);

  it('becomes CSV text with ISO dates and shortest numbers', async () => {
    const csv = new TextDecoder().decode(await xlsxToCsv(new Blob([new Uint8Array(workbook)])));
    expect(csv.split('\r\n')).toEqual([
      HEADER.join(','),
      '536365,A,"CAFÉ MUG, ""RED""",6,2010-12-01 08:26:00,2.55,17850,United Kingdom',
      '536365,B,PLATE,2,2010-12-01 08:26:00,0.30000000000000004,17850,United Kingdom',
      'C536366,A,MUG,-1,2010-12-02 09:00:00,2.55,17850,United Kingdom',
      '536367,C,BOWL,1,2010-12-09 23:59:00,19.99,12583,France',
      '',
    ]);
  });

  it('is analysed like the same export as CSV', async () => {
    const { db, inspection, outcome } = await analyseFixtures([{ name: 'Online Retail.xlsx', content: workbook }]);
    expect(inspection.preview.sources[0]).toMatchObject({ kind: 'xlsx', fileName: 'Online Retail.xlsx' });
    const result = loaded(outcome);
    expect(result.layout.id).toBe('online_retail');
    expect(result.counts).toEqual({ rows: 4, missing_customer: 0, cancelled: 1, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, kept: 3 });
    expect(await rfmRows(db, result)).toEqual({
      '17850': { recency: 9, frequency: 1, monetary: 15.9 }, // 6 × 2.55 + 2 × 0.30000000000000004, rounded to the cent
      '12583': { recency: 1, frequency: 1, monetary: 19.99 },
    });
  });
});

describe('a Parquet file', () => {
  it('is read in JavaScript (DuckDB-WASM has no Parquet reader without an extension) and cleaned like text', async () => {
    const db = await nativeConnector();
    const path = join(dirname(writeFixture('placeholder.txt', '')), 'orders.parquet');
    await db.query(`COPY (
      SELECT * FROM (VALUES
        ('489434', 12::INTEGER, TIMESTAMP '2009-12-01 07:45:00', 6.95::DECIMAL(10, 2), 13085.0::DOUBLE),
        ('489434', 12, TIMESTAMP '2009-12-01 07:45:00', 6.75, 13085.0),
        ('489435', 0, TIMESTAMP '2009-12-02 10:00:00', 2.55, 13085.0),
        ('489436', 10, TIMESTAMP '2010-03-01 09:06:00', 5.95, 16321.0),
        ('489437', 1, TIMESTAMP '2010-03-01 09:07:00', 1.00, NULL)
      ) AS t("Invoice", "Quantity", "InvoiceDate", "Price", "Customer ID")
    ) TO '${path}' (FORMAT parquet)`);
    const { db: analysed, outcome } = await analyseFixtures([{ name: 'orders.parquet', content: readFileSync(path) }]);
    const result = loaded(outcome);
    expect(result.sources[0].kind).toBe('parquet');
    expect(result.counts).toEqual({ rows: 5, missing_customer: 1, cancelled: 0, non_positive_quantity: 1, non_positive_price: 0, unreadable: 0, kept: 3 });
    expect(await rfmRows(analysed, result)).toEqual({
      '13085': { recency: 91, frequency: 1, monetary: 164.4 }, // 12 × 6.95 + 12 × 6.75
      '16321': { recency: 1, frequency: 1, monetary: 59.5 },
    });
  });
});

const march = `${HEADER.join(',')}
536365,A,MUG,2,3/1/2011 8:26,2.50,17850,UK
536366,B,PLATE,1,3/2/2011 9:00,1.25,17850,UK
`;
const april = `${HEADER.join(',')}
536366,B,PLATE,1,3/2/2011 9:00,1.25,17850,UK
536400,C,BOWL,4,4/15/2011 10:00,3.00,12583,UK
536400,C,BOWL,4,4/15/2011 10:00,3.00,12583,UK
`;

describe('several files at once', () => {
  it('combines monthly exports and reports duplicate lines, also across files; dropping them is a choice', async () => {
    const { db, inspection, outcome } = await analyseFixtures([
      { name: 'march.csv', content: march },
      { name: 'april.csv', content: april },
    ]);
    const result = loaded(outcome);
    expect(result.fileName).toBe('2 files');
    expect(result.counts).toMatchObject({ rows: 5, kept: 5 });
    expect(result.duplicates).toEqual({ count: null, dropped: false });
    expect(await countDuplicates(db)).toEqual({ lines: 2, acrossFiles: 1 });
    expect(await rfmRows(db, result)).toEqual({
      '17850': { recency: 45, frequency: 2, monetary: 7.5 },
      '12583': { recency: 1, frequency: 1, monetary: 24 },
    });
    const plan = { ...result.plan, dropDuplicates: true };
    const read = linesReadOf(result);
    const dropped = await changeDuplicates(db, inspection, plan, read);
    // Leaving them out needs the count first, so it comes with the analysis.
    expect(dropped.duplicates).toEqual({ count: { lines: 2, acrossFiles: 1 }, dropped: true });
    expect(dropped.counts).toEqual({ rows: 5, missing_customer: 0, cancelled: 0, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, duplicate: 2, kept: 3 });
    expect(await rfmRows(db, dropped)).toEqual({
      '17850': { recency: 45, frequency: 2, monetary: 6.25 },
      '12583': { recency: 1, frequency: 1, monetary: 12 },
    });
    const back = await changeDuplicates(db, inspection, { ...plan, dropDuplicates: false }, read);
    expect(back.counts.kept).toBe(5);
    expect(back.duplicates).toEqual({ count: null, dropped: false });
    expect(await countDuplicates(db)).toEqual({ lines: 2, acrossFiles: 1 });
  });

  it('refuses files whose columns differ, naming them', async () => {
    await expect(
      analyseFixtures([
        { name: 'march.csv', content: march },
        { name: 'other.csv', content: 'order,customer,date,amount\n1,a,2024-01-01,3\n' },
      ]),
    ).rejects.toThrow(/"other\.csv" has other columns than "march\.csv"/);
  });
});

describe('the lines left out', () => {
  const text = `${HEADER.join(',')}
536365,A,"MUG, RED
TWO LINES",2,12/1/2010 8:26,2.50,17850,UK
536366,A,MUG,1,12/1/2010 8:26,2.50,,UK
536367,A,MUG,1,12/1/2010 8:26,2.50,17850,UK,extra
C536368,A,MUG,-1,12/1/2010 8:26,2.50,17850,UK
536369,A,MUG,one,12/1/2010 8:26,2.50,17850,UK
536370,A,=HYPERLINK("x"),1,12/2/2010 8:26,0,17850,UK
`;

  // Lines are numbered as a spreadsheet numbers rows: the header is line 1 and a record with a quoted
  // line break counts once.
  it('download with their line number in the file, reason and values', async () => {
    const db = await nativeConnector();
    const session = new LoadSession({ connector: db, registry: FIXTURE_FILES, drop: async () => {}, onQueryProgress: () => {} });
    const path = writeFixture('left-out.csv', text);
    const preview = await session.inspect([{ fileName: 'left-out.csv', path, blob: new Blob([text]) }], {}, () => {});
    const outcome = await session.analyse(preview.detection.plan, () => {}, () => {});
    expect(loaded(outcome).counts).toEqual({ rows: 6, missing_customer: 1, cancelled: 1, non_positive_quantity: 0, non_positive_price: 1, unreadable: 2, kept: 1 });
    const csv = await (await session.rejectedLinesCsv()).text();
    expect(csv.split('\r\n')).toEqual([
      'line,reason,reason_text,detail,order_id,customer,order_date,quantity,price_or_amount,status,original_line',
      '3,missing_customer,No customer id (guest orders),,536366,,12/1/2010 8:26,1,2.50,,',
      '4,unreadable,Unreadable values,more fields than the header,,,,,,,"536367,A,MUG,1,12/1/2010 8:26,2.50,17850,UK,extra"',
      '5,cancelled,Cancelled invoices,,C536368,17850,12/1/2010 8:26,-1,2.50,,',
      '6,unreadable,Unreadable values,quantity does not read as a number,536369,17850,12/1/2010 8:26,one,2.50,,',
      '7,non_positive_price,Zero or negative price,,536370,17850,12/2/2010 8:26,1,0,,',
      '',
    ]);
  });
});

describe('checking a mapping on the first lines', () => {
  it('flags text in an amount column and dates that do not read, with counts and examples', async () => {
    const db = await nativeConnector();
    const session = new LoadSession({ connector: db, registry: FIXTURE_FILES, drop: async () => {}, onQueryProgress: () => {} });
    const text = 'order,email,date,total,note\n1,a@x.test,2024-01-02,12.50,gift\n2,b@x.test,yesterday,8.00,\n3,a@x.test,2024-01-05,9.00,rush\n';
    const preview = await session.inspect([{ fileName: 'orders.csv', path: writeFixture('orders.csv', text), blob: new Blob([text]) }], {}, () => {});
    expect(preview.detection.plan.mapping).toMatchObject({ order_id: 0, customer_id: 1, order_amount: 3 });
    const good = await session.checkMapping(preview.detection.plan);
    expect(good.problems).toEqual([
      expect.objectContaining({ role: 'order_date', column: 'date', lines: 1, examples: ['yesterday'] }),
    ]);
    const wrong = await session.checkMapping({ ...preview.detection.plan, mapping: { ...preview.detection.plan.mapping, order_amount: 4 } });
    const amount = wrong.problems.find((problem) => problem.role === 'order_amount');
    expect(amount).toMatchObject({ column: 'note', lines: 3 });
    expect(amount?.examples.sort()).toEqual(['gift', 'rush']);
    expect(amount?.message).toMatch(/Order amount → "note": 3 of the first 3 values do not read as numbers \(e\.g\./);
  });
});
