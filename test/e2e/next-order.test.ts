import { describe, expect, inject, it } from 'vitest';
import { addDays, daysBetween } from '../../src/model/shared/iso-date';
import { downloadCsv } from '../support/app-readers';
import { openApp, useBrowser } from '../support/browser';
import { parseExport } from '../support/expected-results';

const browser = useBrowser();
const EXPLORER = '[data-testid="customer-explorer"]';

describe('the next order', () => {
  it('is exported for every customer, shown in the explorer and said in one sentence in the customer card', async () => {
    const { page, errors } = await openApp(browser(), inject('appUrl'));
    await page.click('[data-testid="load-sample"]');
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 60_000 });
    const { text } = await downloadCsv(page, '[data-testid="export-customers"]');
    const rows = [...parseExport(text).values()];
    // Empty exactly when the customer has probably gone (p_alive below 0.3); a date otherwise.
    for (const row of rows) {
      expect(row.next_order_date === '', row.customer_id).toBe(Number(row.p_alive) < 0.3);
      if (row.next_order_date !== '') expect(row.next_order_date, row.customer_id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.expected_order_value, row.customer_id).toMatch(/^\d+\.\d{2}$/);
    }
    const likely = rows.find((row) => row.next_order_date !== '')!;
    const unlikely = rows.find((row) => row.next_order_date === '')!;

    // The explorer's row, then the card, for a customer likely to come back.
    await page.fill('[data-testid="explorer-search"]', likely.customer_id);
    const row = `${EXPLORER} [role="row"][data-customer-id="${likely.customer_id}"]`;
    await expect.poll(() => page.locator(`${row} [role="cell"]:nth-child(12)`).textContent(), { timeout: 20_000 }).toBe(likely.next_order_date);
    await page.click(row);
    const card = `[data-testid="customer-detail"][data-customer-id="${likely.customer_id}"][data-state="ready"] [data-testid="next-order"]`;
    await page.waitForSelector(card);
    expect(await page.getAttribute(card, 'data-next-order-date')).toBe(likely.next_order_date);
    const referenceDate = await page.inputValue('input[data-testid="reference-date"]');
    const days = daysBetween(addDays(referenceDate, -1), likely.next_order_date);
    expect(days).toBeGreaterThan(0);
    expect(await page.textContent(`${card} p`)).toMatch(/^Likely to order again within about (a day|\d+ (days|weeks|months|years)), spending about .+ an order\.$/);
    // The statistics are one click away, not in the way.
    expect(await page.locator(`${card} details`).getAttribute('open')).toBeNull();
    await page.click('[data-testid="close-customer"]');

    await page.fill('[data-testid="explorer-search"]', unlikely.customer_id);
    await page.click(`${EXPLORER} [role="row"][data-customer-id="${unlikely.customer_id}"]`);
    const gone = `[data-testid="customer-detail"][data-customer-id="${unlikely.customer_id}"][data-state="ready"] [data-testid="next-order"] p`;
    await page.waitForSelector(gone);
    expect(await page.textContent(gone)).toBe('Unlikely to order again.');
    expect(errors).toEqual([]);
  });
});
