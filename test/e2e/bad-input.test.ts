import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, statusText, uploadText, waitForState, type AppPage } from '../support/browser';

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
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
      expect(await app.page.locator('[data-testid="cleaning-report"]').count()).toBe(0);
    });
  }

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
