import { describe, expect, it } from 'vitest';
import { downloadCsv } from '../support/app-readers';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';

const browser = useBrowser();
const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

describe('words, sizes and ids as a person reads them', () => {
  it('says "1 customer", keeps ids as written, and says why the prediction columns are empty', async () => {
    const { page } = await openApp(browser());
    const lines = ['1,A,MUG,1,12/1/2010 8:26,2.00,ACME@Store7,UK', '2,A,MUG,1,12/2/2010 8:26,3.00,acme@store7,UK'];
    await uploadText(page, 'ids.csv', [HEADER, ...lines].join('\n'));
    await waitForState(page, 'ready');
    // Neither customer came back, so the models cannot be fitted: the page says so before the export.
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"]');
    const note = page.locator('[data-testid="prediction-columns-note"]');
    expect(await note.getAttribute('data-reason')).toBe('too-little-data');
    expect(await note.textContent()).toMatch(/^The prediction columns are empty: Too little data/);
    const exported = await downloadCsv(page, '[data-testid="export-customers"]');
    expect(exported.name).toMatch(/^customers-all-2010-12-03-without-predictions\.csv$/);
    const ids = exported.text.trim().split('\r\n').slice(1).map((row) => row.split(',')[0]).sort();
    expect(ids).toEqual(['ACME@Store7', 'acme@store7']);
    expect(await page.textContent('[data-testid="cleaning-report"]')).toMatch(/· 2 customers/);

    await uploadText(page, 'one.csv', [HEADER, lines[0]].join('\n'));
    await waitForState(page, 'ready');
    const report = await page.textContent('[data-testid="cleaning-report"]');
    expect(report).toMatch(/· 1 customer(?!s)/);
  });

  it('shows a 20 KB file as 20 KB, not 0.0 MB', async () => {
    const { page } = await openApp(browser());
    const line = '1,MUG,2.5,2024-01-02,someone@example.com\n';
    const text = `order,item,price,day,buyer\n${line.repeat(Math.ceil(20_000 / line.length))}`;
    await uploadText(page, 'small-export.csv', text);
    await page.waitForSelector('[data-testid="column-mapping"]');
    const sources = await page.textContent('[data-testid="mapping-sources"]');
    expect(sources).toContain(`small-export.csv (CSV, ${Math.round(Buffer.byteLength(text) / 1000)} KB)`);
    expect(sources).not.toMatch(/0\.0 MB/);
  });
});
