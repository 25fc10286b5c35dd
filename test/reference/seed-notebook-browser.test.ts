/**
 * The original project's headline results in the built app, in Chromium, as a new user would get
 * them: the public Online Retail file (gunzipped from ../shared into a temporary folder) chosen in
 * the page, then the `seed-notebook` preset in one click. The reports must read 95 / $434,984.93 and
 * 623 / $4,628,828.07, and the reports' exports (every customer of each, not the 100 rows on screen)
 * must equal the seed's two lists customer for customer: id, recency, frequency and spend.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadCsv, readReport } from '../support/app-readers';
import { openApp, useBrowser, waitForState } from '../support/browser';
import { parseExport } from '../support/expected-results';
import { cents } from '../support/rfm-readers';
import { byId, gunzipOnlineRetail, readSeedList, type SeedListCustomer } from './online-retail-reference';

const browser = useBrowser();

/** A report's export as the seed lists are written: numeric id, recency, frequency, cents. */
async function exportedList(page: Page, report: 'revenue-leak' | 'margin-protection'): Promise<SeedListCustomer[]> {
  const rows = [...parseExport((await downloadCsv(page, `[data-testid="${report}"] > button`)).text).values()];
  return rows.map((row) => ({ id: Number(row.customer_id), recency: Number(row.recency_days), frequency: Number(row.frequency), cents: cents(row.monetary) })).sort(byId);
}

describe('the seed notebook’s reports in Chromium', () => {
  it('are 95 / $434,984.93 and 623 / $4,628,828.07 with the seed-notebook preset, the seed’s lists customer for customer', async () => {
    const file = await gunzipOnlineRetail();
    try {
      const { page, errors } = await openApp(browser());
      await page.setInputFiles('input[data-testid="file-input"]', file.path);
      await waitForState(page, 'ready', 120_000);
      expect(await readReport(page, 'revenue-leak')).toEqual({ customers: 65, revenue: '379782.12' }); // the app's own default rules first

      await page.selectOption('[data-testid="tier-rules-preset"]', 'seed-notebook');
      await page.waitForSelector('[data-testid="revenue-leak"][data-rules="seed-notebook"][data-state="ready"]');
      await page.waitForSelector('[data-testid="margin-protection"][data-rules="seed-notebook"][data-state="ready"]');
      expect(await readReport(page, 'revenue-leak')).toEqual({ customers: 95, revenue: '434984.93' });
      expect(await readReport(page, 'margin-protection')).toEqual({ customers: 623, revenue: '4628828.07' });

      expect(await exportedList(page, 'revenue-leak')).toEqual(readSeedList('seed_High_Value_At_Risk_List.csv').sort(byId));
      expect(await exportedList(page, 'margin-protection')).toEqual(readSeedList('seed_Champions_Full_Price_List.csv').sort(byId));
      expect(errors).toEqual([]);
    } finally {
      file.remove();
    }
  });
});
