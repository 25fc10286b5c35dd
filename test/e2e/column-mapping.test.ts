import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadCsv, readCleaningReport, readSummary } from '../support/app-readers';
import { openApp, statusText, uploadText, useBrowser, waitForState } from '../support/browser';
import { nativeConnector, writeFixture } from '../support/native-duckdb';
import { GERMAN, SHOPIFY } from '../support/shop-exports';
import { xlsxFile } from '../support/xlsx-file';

const browser = useBrowser();
const NONE = { customers: 0, revenue: '0.00' };

describe('the mapping screen', () => {
  it('waits for an unknown layout, flags a wrong choice, analyses the confirmed mapping and remembers it', async () => {
    const { page, errors } = await openApp(browser());
    const latin1 = Buffer.from(GERMAN, 'latin1');
    await uploadText(page, 'bestellungen.csv', latin1);
    await page.waitForSelector('[data-testid="column-mapping"]');
    await waitForState(page, 'idle');
    expect(await page.inputValue('[data-testid="encoding"]')).toBe('windows-1252');
    expect(await page.inputValue('[data-testid="delimiter"]')).toBe(';');
    expect(await page.inputValue('[data-testid="decimal-separator"]')).toBe(',');
    const guessed = await page.$$eval('select[data-role]', (selects) => Object.fromEntries(selects.map((s) => [s.getAttribute('data-role'), (s as HTMLSelectElement).value])));
    expect(guessed).toMatchObject({ order_id: '0', customer_id: '1', order_date: '2', quantity: '3', unit_price: '4', order_amount: '', status: '', product: '', country: '5' });
    expect(await page.textContent('[data-testid="mapping-preview"]')).toContain('Müller');

    // A wrong choice: the country as unit price is flagged before anything is analysed.
    await page.selectOption('select[data-role="unit_price"]', '5');
    await page.waitForSelector('[data-problem-role="unit_price"]');
    expect(await page.textContent('[data-problem-role="unit_price"]')).toMatch(/Unit price → "Land": 5 of the first 5 values do not read as numbers/);
    await page.selectOption('select[data-role="unit_price"]', '4');
    await page.waitForSelector('[data-problem-role="unit_price"]', { state: 'detached' });
    await page.selectOption('select[data-role="country"]', '');
    await page.click('[data-testid="confirm-mapping"]');
    await waitForState(page, 'ready');
    expect(await page.locator('[data-testid="column-mapping"]').count()).toBe(0);
    expect(await readCleaningReport(page)).toEqual({ rows: 5, missing_customer: 1, cancelled: 0, non_positive_quantity: 1, non_positive_price: 0, unreadable: 0, kept: 3 });
    // Müller 1259.50 (10 days ago), Zoé 7.65: P80 = 7.65 + 0.8 × 1251.85, so only Müller is high value.
    expect(await readSummary(page)).toEqual({ champion: { customers: 1, revenue: '1259.50' }, at_risk_whale: NONE, average: { customers: 1, revenue: '7.65' }, hibernating: NONE });
    expect(await page.textContent('[data-testid="cleaning-report"]')).toContain('Windows-1252');

    // The same columns again: the confirmed mapping (country left out) is what the screen starts from.
    await uploadText(page, 'bestellungen-mai.csv', latin1);
    await page.waitForSelector('[data-testid="column-mapping"]');
    expect(await page.textContent('[data-testid="column-mapping"]')).toMatch(/choices you confirmed before/);
    expect(await page.inputValue('select[data-role="country"]')).toBe('');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('retention-engine.mapping')).length)).toBe(1);
    expect(errors).toEqual([]);
  });

  it('runs a recognised Shopify export straight on, with the mapping one click away', async () => {
    const { page } = await openApp(browser());
    await uploadText(page, 'orders_export_1.csv', SHOPIFY);
    await waitForState(page, 'ready');
    expect(await readCleaningReport(page)).toEqual({ rows: 9, missing_customer: 1, cancelled: 4, non_positive_quantity: 0, non_positive_price: 0, unreadable: 0, kept: 4 });
    expect(await readSummary(page)).toEqual({ champion: { customers: 1, revenue: '54.99' }, at_risk_whale: NONE, average: { customers: 1, revenue: '15.00' }, hibernating: NONE });

    await page.click('[data-testid="edit-mapping"]');
    await page.waitForSelector('[data-testid="column-mapping"]');
    expect(await page.inputValue('select[data-role="order_amount"]')).toBe('9'); // Total
    await page.check('input[name="money"][value="order_amount"]');
    await page.click('[data-testid="confirm-mapping"]');
    await waitForState(page, 'ready');
    // The order total, once per order: #1001's 50.00 (two lines) + #1003's 9.99.
    expect((await readSummary(page)).champion).toEqual({ customers: 1, revenue: '59.99' });
  });

  it('asks for the day/month order when every date fits both, and uses the answer', async () => {
    const { page } = await openApp(browser());
    const text = 'order,customer,date,amount\n1,a,03/04/2024,10.00\n2,a,05/06/2024,5.00\n3,b,01/02/2024,7.00\n';
    await uploadText(page, 'ambiguous.csv', text);
    await page.waitForSelector('[data-testid="column-mapping"]');
    await page.click('[data-testid="confirm-mapping"]');
    await page.waitForSelector('[data-testid="column-mapping"] >> text=fits both Day/Month and Month/Day');
    await waitForState(page, 'idle');
    expect(await page.isDisabled('[data-testid="confirm-mapping"]')).toBe(true);
    await page.selectOption('[data-testid="date-order"]', 'dmy');
    await page.click('[data-testid="confirm-mapping"]');
    await waitForState(page, 'ready');
    // Day first: a last bought on 5 June, b on 1 February; reference 6 June.
    expect(await page.textContent('[data-testid="cleaning-report"]')).toMatch(/orders from 2024-02-01 to 2024-06-05/);
    expect(await page.textContent('[data-testid="cleaning-report"]')).toMatch(/Day\/Month\/Year, as you chose/);
  });

  it('downloads the lines left out with their line numbers and reasons', async () => {
    const { page } = await openApp(browser());
    const text = `InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
536365,A,MUG,2,12/1/2010 8:26,2.50,17850,UK
536366,A,MUG,1,12/1/2010 8:26,2.50,,UK
C536367,A,MUG,-1,12/1/2010 8:26,2.50,17850,UK
536368,A,MUG,x,12/1/2010 8:26,2.50,17850,UK
`;
    await uploadText(page, 'dirty.csv', text);
    await waitForState(page, 'ready');
    expect(await page.getAttribute('[data-testid="download-rejected"]', 'data-lines')).toBe('3');
    const { name, text: csv } = await downloadCsv(page, '[data-testid="download-rejected"]');
    expect(name).toBe('dirty-left-out-lines.csv');
    expect(csv.trimEnd().split('\r\n').map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      'line,reason,reason_text',
      '3,missing_customer,No customer id (guest orders)',
      '4,cancelled,Cancelled invoices',
      '5,unreadable,Unreadable values',
    ]);
  });
});

describe('other file kinds and several files', () => {
  const header = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];

  it('reads an Excel workbook in the worker', async () => {
    const { page, errors } = await openApp(browser());
    const workbook = xlsxFile([
      header,
      ['536365', 'A', 'CAFÉ MUG', 6, { date: new Date(Date.UTC(2010, 11, 1, 8, 26)) }, 2.55, 17850, 'United Kingdom'],
      ['536367', 'C', 'BOWL', 1, { date: new Date(Date.UTC(2010, 11, 9, 9, 0)) }, 19.99, 12583, 'France'],
    ]);
    await uploadText(page, 'Online Retail.xlsx', workbook, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await waitForState(page, 'ready');
    expect(await readCleaningReport(page)).toMatchObject({ rows: 2, kept: 2 });
    expect(await readSummary(page)).toEqual({ champion: { customers: 1, revenue: '19.99' }, at_risk_whale: NONE, average: { customers: 1, revenue: '15.30' }, hibernating: NONE });
    expect(await page.textContent('[data-testid="cleaning-report"]')).toContain('Excel workbook');
    expect(errors).toEqual([]);
  });

  it('reads a Parquet file in the worker', async () => {
    const db = await nativeConnector();
    const path = join(dirname(writeFixture('placeholder.txt', '')), 'orders.parquet');
    await db.query(`COPY (SELECT * FROM (VALUES
        ('489434', 12, TIMESTAMP '2009-12-01 07:45:00', 6.95::DECIMAL(10, 2), 13085.0::DOUBLE),
        ('489436', 10, TIMESTAMP '2010-03-01 09:06:00', 5.95, 16321.0)
      ) AS t("Invoice", "Quantity", "InvoiceDate", "Price", "Customer ID")) TO '${path}' (FORMAT parquet)`);
    const { page } = await openApp(browser());
    await uploadText(page, 'orders.parquet', readFileSync(path), 'application/octet-stream');
    await waitForState(page, 'ready');
    expect(await readCleaningReport(page)).toMatchObject({ rows: 2, kept: 2 });
    // 13085: 12 × 6.95, 91 days before the reference date: high value, not active.
    expect(await readSummary(page)).toEqual({ champion: NONE, at_risk_whale: { customers: 1, revenue: '83.40' }, average: { customers: 1, revenue: '59.50' }, hibernating: NONE });
  });

  it('combines several exports of the same layout and reports lines repeated across them', async () => {
    const { page } = await openApp(browser());
    const march = `${header.join(',')}\n536365,A,MUG,2,3/1/2011 8:26,2.50,17850,UK\n536366,B,PLATE,1,3/2/2011 9:00,1.25,17850,UK\n`;
    const april = `${header.join(',')}\n536366,B,PLATE,1,3/2/2011 9:00,1.25,17850,UK\n536400,C,BOWL,4,4/15/2011 10:00,3.00,12583,UK\n`;
    await page.setInputFiles('input[data-testid="file-input"]', [
      { name: 'march.csv', mimeType: 'text/csv', buffer: Buffer.from(march) },
      { name: 'april.csv', mimeType: 'text/csv', buffer: Buffer.from(april) },
    ]);
    await waitForState(page, 'ready');
    expect(await readCleaningReport(page)).toMatchObject({ rows: 4, kept: 4 });
    expect(await page.getAttribute('[data-testid="duplicates"]', 'data-duplicate-lines')).toBe('1');
    expect(await page.getAttribute('[data-testid="duplicates"]', 'data-across-files')).toBe('1');
    await page.check('[data-testid="drop-duplicates"]');
    await waitForState(page, 'ready');
    await page.waitForSelector('[data-count-of="duplicate"]');
    expect(await readCleaningReport(page)).toMatchObject({ rows: 4, duplicate: 1, kept: 3 });
    expect(await statusText(page)).toMatch(/Analysed 2 files/);
  });
});
