import { describe, expect, it } from 'vitest';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { downloadCsv, readCleaningReport } from '../support/app-readers';

const browser = useBrowser();

// The third line has one field too many: DuckDB's reader sets it aside, and records it for this read only.
const ORDERS = `InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
536365,A,MUG,2,12/1/2010 8:26,2.50,17850,United Kingdom
536366,B,PLATE,1,12/2/2010 9:00,4.00,13047,France
536367,C,BOWL,3,12/3/2010 9:00,1.00,13047,France,EXTRA
536368,D,JUG,1,12/4/2010 9:00,5.00,12583,France
`;

describe('a file chosen while the engine warms up', () => {
  it('is read on its own: the line it sets aside is counted and downloadable, nothing of the made-up file shows', async () => {
    const { page, errors } = await openApp(browser());
    // The warm-up starts the moment the engine is ready; the file is chosen at once, while it runs.
    await page.waitForSelector('[data-testid="status"][data-engine="ready"]');
    await uploadText(page, 'orders.csv', ORDERS);
    await waitForState(page, 'ready');
    expect(await readCleaningReport(page)).toMatchObject({ unreadable: 1, kept: 3 });
    const leftOut = await downloadCsv(page, '[data-testid="download-rejected"]');
    expect(leftOut.text).toContain('536367,C,BOWL,3,12/3/2010 9:00,1.00,13047,France,EXTRA');
    const customers = await downloadCsv(page, '[data-testid="export-customers"]');
    expect(customers.text.trim().split('\n')).toHaveLength(1 + 3);
    expect(errors).toEqual([]);
  });
});
