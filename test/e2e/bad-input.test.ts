import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, statusText, uploadText, waitForState, type AppPage } from '../support/browser';
import { MAIN, workbookXlsx, xlsxFile } from '../support/xlsx-file';
import { withDirectoryField } from '../support/zip-file';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
/** Random bytes from `lowest` up, from a fixed seed: without zeros, or (from 0x20) without any control character. */
function randomBytes(length: number, lowest: number): Buffer {
  let state = 12_345;
  return Buffer.from(Array.from({ length }, () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) % (256 - lowest)) + lowest));
}
const randomText = randomBytes(4096, 0x20);
/** Lines ended three ways (CR, CRLF, LF): DuckDB's CSV reader gives up on the file as a whole. */
const mixedEndings = `${HEADER}\r536365,A,MUG,2,12/1/2010 8:26,2.55,17850,UK\r\n536366,A,MUG,1,12/1/2010 8:28,2.55,17850,UK\n`;
const SHEET = 'xl/worksheets/sheet1.xml';
const wholeSheet = workbookXlsx({ rows: '', parts: { [SHEET]: `<worksheet xmlns="${MAIN}"><dimension ref="A1:XFD1048576"/><sheetData></sheetData></worksheet>` } });
const orders = xlsxFile([HEADER.split(','), ['536365', 'A', 'MUG', 2, { date: new Date(Date.UTC(2010, 11, 1)) }, 2.55, 17850, 'UK']], 'deflated');
/** Messages name the file and say what to do in the user's words; no engine wording. */
const ENGINE_WORDS = /DuckDB|Parser|state machine|sniff|Invalid Input|Error:|source-\d|read_csv|SELECT/i;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);

// Each bad file ends in a specific message (what, where, what to do) and the app stays usable.
const CASES: { name: string; file: string; content: string | Buffer; expected: RegExp[] }[] = [
  { name: 'an empty file', file: 'empty.csv', content: '', expected: [/"empty\.csv" is empty/, /Export the orders again/] },
  { name: 'a header without lines', file: 'header.csv', content: `${HEADER}\n`, expected: [/has a header row but no order lines/] },
  { name: 'a PNG renamed to .csv', file: 'photo.csv', content: PNG, expected: [/"photo\.csv" is a PNG image, not a CSV text file/] },
  {
    name: 'binary data',
    file: 'data.csv',
    content: Buffer.from([0x41, 0x00, 0x42, 0x00, 0x43, 0x0a]),
    expected: [/contains binary data/],
  },
  {
    name: 'random bytes',
    file: 'random.csv',
    content: randomBytes(4096, 1),
    expected: [/^"random\.csv" contains binary data, so it is not a CSV text file\. Export your orders as CSV/],
  },
  {
    name: 'a file the CSV reader gives up on',
    file: 'mixed.csv',
    content: mixedEndings,
    expected: [/^"mixed\.csv" could not be read as a table of orders/, /Check that it is a CSV export .* or export the orders again\.$/],
  },
  {
    name: 'a file named like a workbook that is not one',
    file: 'orders.xlsx',
    content: randomText,
    expected: [/^"orders\.xlsx" is named like an Excel workbook but is not one/, /export the orders as CSV\.$/],
  },
  {
    name: 'a damaged Parquet file',
    file: 'orders.parquet',
    content: Buffer.concat([Buffer.from('PAR1'), randomText]),
    expected: [/^"orders\.parquet" is not a readable Parquet file/, /export the orders as CSV\.$/],
  },
  {
    name: 'a workbook declaring every cell of a sheet',
    file: 'whole-sheet.xlsx',
    content: Buffer.from(wholeSheet),
    expected: [/^"whole-sheet\.xlsx" is too large .*A1:XFD1048576/, /Export the orders as CSV/],
  },
  {
    name: 'a workbook whose sheet unpacks to 2 GB',
    file: 'two-gigabytes.xlsx',
    content: Buffer.from(withDirectoryField(orders, SHEET, 'uncompressedSize', 2e9)),
    expected: [/^"two-gigabytes\.xlsx" is too large .*2\.0 GB of XML/, /Export the orders as CSV/],
  },
  {
    name: 'a workbook whose zip is damaged',
    file: 'damaged.xlsx',
    content: Buffer.from(orders.subarray(0, orders.length - 40)),
    expected: [/^"damaged\.xlsx" is not a readable Excel workbook/, /export the orders as CSV/],
  },
  {
    name: 'a file without any usable line',
    file: 'guests.csv',
    content: `${HEADER}\n536365,A,MUG,1,12/1/2010 8:26,2.55,,UK\nC536366,A,MUG,-1,12/1/2010 8:26,2.55,17850,UK\n`,
    expected: [/None of the 2 lines in "guests\.csv" can be analysed: 1 had no customer id, 1 were cancelled invoices/],
  },
  {
    name: 'garbage dates and numbers',
    file: 'garbage.csv',
    content: `${HEADER}\n536365,A,MUG,1,32/13/2011 8:26,2.55,17850,UK\n536366,A,MUG,two,12/1/2010 8:26,2.55,17850,UK\n`,
    expected: [/None of the 2 lines/, /InvoiceDate could not be read on 1 lines \(e\.g\. "32\/13\/2011 8:26"\); expected dates like 12\/1\/2010 8:26/, /Quantity could not be read on 1 lines \(e\.g\. "two"\)/],
  },
];

let browser: Browser;
let app: AppPage;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await openApp(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('bad input', () => {
  for (const { name, file, content, expected } of CASES) {
    it(`explains ${name} and stays usable`, async () => {
      await uploadText(app.page, file, content);
      await waitForState(app.page, 'error');
      const message = await statusText(app.page);
      for (const pattern of expected) expect(message).toMatch(pattern);
      expect(message).not.toMatch(/at \w+ \(|Error:|undefined|\[object/); // no stack traces or leaks
      expect(message).not.toMatch(ENGINE_WORDS);
      expect(await app.page.locator('[data-testid="cleaning-report"]').count()).toBe(0);
    });
  }

  it('keeps the engine words of a file it gave up on behind the technical details', async () => {
    await uploadText(app.page, 'mixed.csv', mixedEndings);
    await waitForState(app.page, 'error');
    const details = app.page.locator('[data-testid="failure-details"]');
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    expect(await details.textContent()).toMatch(/While: read\. The engine said: .*CSV Parser state machine/);
    expect(await app.page.locator('[data-testid="status"] [data-testid="failure-details"]').count()).toBe(0);
  });

  it('refuses an oversized workbook at once', async () => {
    const started = Date.now();
    await uploadText(app.page, 'whole-sheet.xlsx', Buffer.from(wholeSheet));
    await waitForState(app.page, 'error');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('shows a layout it does not know on the mapping screen, naming what is missing', async () => {
    await uploadText(app.page, 'payments.csv', 'email,paid_on,amount\na@example.com,2024-01-02,12.50\n');
    await app.page.waitForSelector('[data-testid="column-mapping"]');
    expect(await statusText(app.page)).toMatch(/Check how the columns of payments\.csv are read/);
    expect(await app.page.inputValue('select[data-role="customer_id"]')).toBe('0');
    expect(await app.page.inputValue('select[data-role="order_id"]')).toBe('');
    expect(await app.page.textContent('[data-testid="mapping-problems"]')).toMatch(/Choose the column for order id/);
    expect(await app.page.isDisabled('[data-testid="confirm-mapping"]')).toBe(true);
  });

  it('analyses a good file next, without a reload', async () => {
    await uploadText(app.page, 'good.csv', `${HEADER}\n536365,A,MUG,2,12/1/2010 8:26,2.55,17850,UK\n`);
    await waitForState(app.page, 'ready');
    expect(await app.page.getAttribute('[data-count-of="kept"]', 'data-value')).toBe('1');
    expect(app.errors).toEqual([]);
  });
});
