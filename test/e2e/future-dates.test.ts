import { describe, expect, it } from 'vitest';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';

const browser = useBrowser();

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

/** The shop: 30 orders in 2024 from ten customers (two big spenders) and 10 orders dated 2031. */
function shop(): string {
  const lines = [HEADER];
  for (let index = 0; index < 30; index++) {
    const customer = (index % 10) + 1;
    const price = customer <= 2 ? '100.00' : '5.00';
    lines.push(`${1000 + index},A,MUG,1,12/${(index % 28) + 1}/2024 10:00,${price},${customer},UK`);
  }
  for (let index = 0; index < 10; index++) lines.push(`${2000 + index},A,MUG,1,12/${index + 1}/2031 10:00,5.00,${100 + index},UK`);
  lines.push('3000,A,MUG,1,1/1/1900 10:00,5.00,1,UK');
  return `${lines.join('\n')}\n`;
}

const count = (page: import('playwright-core').Page, reason: string) =>
  page.getAttribute(`[data-testid="cleaning-report"] [data-count-of="${reason}"]`, 'data-value');

describe('dates after the day of the analysis', () => {
  it('are left out under their own reason, can be included, and odd dates are named', async () => {
    const { page } = await openApp(browser());
    // The user's clock says 1 March 2026.
    await page.clock.setFixedTime(new Date('2026-03-01T12:00:00'));
    await waitForState(page, 'idle');
    await uploadText(page, 'future.csv', shop());
    await waitForState(page, 'ready');

    expect(await count(page, 'future_date')).toBe('10');
    expect(await count(page, 'kept')).toBe('31');
    expect(await page.inputValue('[data-testid="reference-date"]')).toBe('2024-12-29');
    expect(await page.getAttribute('[data-testid="segment-summary"] [data-segment="champion"]', 'data-customers')).not.toBe('0');
    expect(await page.textContent('[data-testid="future-dates"]')).toMatch(/10 lines are dated after today \(2026-03-01\), the latest 2031-12-10; they are left out/);
    expect(await page.textContent('[data-testid="date-outliers"]')).toMatch(/1 line has a date far outside the rest of the file \(e\.g\. 1900-01-01\)/);

    await page.check('[data-testid="include-future-dates"]');
    await page.waitForSelector('[data-testid="future-dates"][data-included="true"]');
    await waitForState(page, 'ready');
    expect(await page.locator('[data-testid="cleaning-report"] [data-count-of="future_date"]').count()).toBe(0);
    expect(await count(page, 'kept')).toBe('41');
    expect(await page.inputValue('[data-testid="reference-date"]')).toBe('2031-12-11');

    await page.uncheck('[data-testid="include-future-dates"]');
    await page.waitForSelector('[data-testid="future-dates"][data-included="false"]');
    expect(await count(page, 'future_date')).toBe('10');
  });
});
