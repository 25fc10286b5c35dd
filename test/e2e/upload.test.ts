import { describe, expect, it } from 'vitest';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { downloadCsv, readCleaningReport, readSummary } from '../support/app-readers';
import { WINDOWS_EXPORT, windows1252Bytes } from '../support/windows-1252-export';

const browser = useBrowser();

const ONLINE_RETAIL_II = `Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Customer ID,Country
489434,85048,"15CM CHRISTMAS GLASS BALL, 20 LIGHTS",12,2009-12-01 07:45:00,6.95,13085.0,United Kingdom
489434,79323P,PINK CHERRY LIGHTS,12,2009-12-01 07:45:00,6.75,13085.0,United Kingdom
489435,22350,CAT BOWL,12,2009-12-01 07:46:00,2.55,13085,United Kingdom
489436,48173C,DOOR MAT BLACK FLOCK,10,2010-03-01 09:06:00,5.95,=1+2,United Kingdom
C489449,22087,PAPER BUNTING WHITE LACE,-12,2009-12-01 10:33:00,2.95,16321,Australia
489450,21871,SAVE THE PLANET MUG,24,2009-12-01 10:34:00,1.25,,United Kingdom
`;

describe('uploading an Online Retail II export', () => {
  it('analyses it in the worker and shows every result', async () => {
    const { page } = await openApp(browser());
    await uploadText(page, 'orders.csv', ONLINE_RETAIL_II);
    await waitForState(page, 'ready');
    expect(await readCleaningReport(page)).toEqual({
      rows: 6,
      missing_customer: 1,
      cancelled: 1,
      non_positive_quantity: 0,
      non_positive_price: 0,
      unreadable: 0,
      kept: 4,
    });
    // 13085: 12×6.95 + 12×6.75 + 12×2.55 = 195.00 over 2 invoices; the formula-like id spent 59.50.
    // Reference 2010-03-02: 13085 last bought 91 days before (inactive), the other 1 day before.
    // P80 of [59.50, 195.00] = 167.90, so only 13085 is high value: an At-Risk Whale.
    const summary = await readSummary(page);
    expect(summary).toEqual({
      champion: { customers: 0, revenue: '0.00' },
      at_risk_whale: { customers: 1, revenue: '195.00' },
      average: { customers: 1, revenue: '59.50' },
      hibernating: { customers: 0, revenue: '0.00' },
    });
  });

  it('reads a Latin-1 export (like the public Online Retail CSV) without losing accented lines', async () => {
    const { page } = await openApp(browser());
    const header = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';
    const text = `${header}\n536365,A,CAF\u00c9 CR\u00c8ME,2,12/1/2010 8:26,2.50,12345.0,France\n536366,B,PLATE,1,12/2/2010 9:00,1.25,12345,France\n`;
    await uploadText(page, 'latin1.csv', Buffer.from(text, 'latin1'));
    await waitForState(page, 'ready');
    expect(await readCleaningReport(page)).toMatchObject({ rows: 2, unreadable: 0, kept: 2 });
    expect(await page.textContent('[data-testid="cleaning-report"]')).toContain('Windows-1252');
    expect((await readSummary(page)).champion).toEqual({ customers: 1, revenue: '6.25' });
  });

  it('reads a Windows-1252 export with € and ’ as such, and reads it again as UTF-8 when told to', async () => {
    const { page, errors } = await openApp(browser());
    await uploadText(page, 'export.csv', windows1252Bytes(WINDOWS_EXPORT));
    await page.waitForSelector('[data-testid="column-mapping"]');
    await waitForState(page, 'idle');
    expect(await page.inputValue('[data-testid="encoding"]')).toBe('windows-1252');
    expect(await page.textContent('[data-testid="mapping-preview"]')).toContain('Kaffeebecher – „Classic“');

    // Told the file is UTF-8, the lines with Windows-1252 bytes no longer read; told again, they do.
    // (The select shows the encoding of the preview on screen, so it changes once the file is read again.)
    await page.selectOption('[data-testid="encoding"]', 'utf-8');
    await expect.poll(() => page.inputValue('[data-testid="encoding"]')).toBe('utf-8');
    await waitForState(page, 'idle');
    expect(await page.textContent('[data-testid="mapping-preview"]')).not.toContain('O’Brien');
    await page.selectOption('[data-testid="encoding"]', 'windows-1252');
    await expect.poll(() => page.inputValue('[data-testid="encoding"]')).toBe('windows-1252');
    await waitForState(page, 'idle');
    expect(await page.textContent('[data-testid="mapping-preview"]')).toContain('O’Brien');

    await page.click('[data-testid="confirm-mapping"]');
    await waitForState(page, 'ready');
    expect(await page.textContent('[data-testid="cleaning-report"]')).toContain('Windows-1252');
    expect(await readCleaningReport(page)).toMatchObject({ rows: 5, unreadable: 2, kept: 3 });
    const customers = await downloadCsv(page, '[data-testid="export-customers"]');
    expect(customers.text).toContain('O’Brien');
    expect(customers.text).toContain('Café—Bar');
    const leftOut = await downloadCsv(page, '[data-testid="download-rejected"]');
    expect(leftOut.text).toContain('1,00 €');
    expect(leftOut.text).toContain('A-4;Zoë;Schale;06.04.2024;1;5,00 €;Österreich;€ zu viel');
    expect(errors).toEqual([]);
  });
});
