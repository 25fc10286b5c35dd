import { describe, expect, it } from 'vitest';
import { downloadCsv, readReport, readSummary } from '../support/app-readers';
import { openApp, uploadText, useBrowser, waitForState } from '../support/browser';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { campaignShopCsv, spentBy, WHALES } from '../support/campaign-shop';
import { parseExport } from '../support/expected-results';

const browser = useBrowser();

describe("money in the shop's currency", () => {
  it('flags a file with several currencies and totals it per currency, never across them', async () => {
    const { page, errors } = await openApp(browser());
    // Every fourth customer paid in dollars, the rest in euros.
    await uploadText(page, 'orders_export.csv', campaignShopCsv((i) => (i % 4 === 0 ? 'USD' : 'EUR')));
    await waitForState(page, 'ready');
    expect(await page.textContent('[data-testid="currency"]')).toBe('mixed');
    const dollars = WHALES.filter((i) => i % 4 === 0).reduce((sum, i) => sum + spentBy(i), 0);
    const euros = WHALES.filter((i) => i % 4 !== 0).reduce((sum, i) => sum + spentBy(i), 0);
    const perCurrency = `€${euros.toFixed(2)} · $${dollars.toFixed(2)}`;
    const whaleRow = '[data-testid="segment-summary"] tr[data-segment="at_risk_whale"]';
    await expect.poll(() => page.textContent(whaleRow)).toContain(perCurrency);
    expect(await page.textContent('[data-testid="revenue-leak"] .headline')).toContain(perCurrency);
    // The one-figure automation contract is unchanged; the words on screen never add euros to dollars.
    expect((await readSummary(page)).at_risk_whale.revenue).toBe((euros + dollars).toFixed(2));
    expect(await page.textContent(whaleRow)).not.toContain((euros + dollars).toFixed(2));
    expect(await page.textContent('[data-testid="segment-summary"] tfoot')).toMatch(/€[\d,.]+ · \$[\d,.]+/);
    expect((await readReport(page, 'revenue-leak')).customers).toBe(4);
    expect(errors).toEqual([]);
  });

  it('uses the currency chosen on the mapping screen for a file without one, in figures and exports', async () => {
    const { page, errors } = await openApp(browser());
    // An Online Retail export: no currency column.
    await uploadText(page, 'orders.csv', sampleOrdersCsv({ seed: 7, customers: 200, lines: 5_000 }));
    await waitForState(page, 'ready');
    expect(await page.textContent('[data-testid="currency"]')).toBe('');
    const plain = (await page.textContent('[data-testid="revenue-leak"] .headline strong')) ?? '';
    expect(plain).toMatch(/^[\d,]+\.\d\d$/);

    await page.click('[data-testid="choose-currency"]');
    await page.waitForSelector('[data-testid="column-mapping"]');
    await page.selectOption('[data-testid="currency-choice"]', 'GBP');
    await page.click('[data-testid="confirm-mapping"]');
    await waitForState(page, 'ready');
    expect(await page.textContent('[data-testid="currency"]')).toBe('GBP');
    expect(await page.textContent('[data-testid="revenue-leak"] .headline strong')).toBe(`£${plain}`);
    expect(await page.textContent('[data-testid="segment-summary"] tfoot')).toContain('£');
    const customers = parseExport((await downloadCsv(page, '[data-testid="export-customers"]')).text);
    expect(new Set([...customers.values()].map((row) => row.currency))).toEqual(new Set(['GBP']));
    expect(errors).toEqual([]);
  });
});
