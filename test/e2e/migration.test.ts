import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { addDays } from '../../src/model/shared/iso-date';
import { violationsInside } from '../support/axe';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { linesBefore, oracleMigration } from '../support/migration-oracle';
import { oracleAnalysis } from '../support/oracle';
import { ORACLE_VALUE_ACTIVITY } from '../support/tier-rules-oracle';

const browser = useBrowser();
const csv = sampleOrdersCsv({ seed: 77, customers: 300, lines: 9_000, unreadableRate: 0.02 });
const referenceDate = oracleAnalysis(csv, { valuePercentile: 80, activeDays: 90 }).referenceDate;
const MIGRATION = '[data-testid="migration"]';

/** The migration table as its data attributes give it, in the oracle's order. */
async function readMigration(page: Page) {
  await page.waitForSelector(`${MIGRATION}[data-state="ready"]`);
  const cells = await page.$$eval(`${MIGRATION} [data-from]`, (rows) =>
    rows.map((row) => ({
      from: row.getAttribute('data-from')!,
      to: row.getAttribute('data-to')!,
      customers: Number(row.getAttribute('data-customers')),
      revenue: row.getAttribute('data-revenue')!,
    })),
  );
  return cells.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

describe('who moved since an earlier date', () => {
  it('shows every from → to pair as the independent computation has it, for 90 days and for another span', async () => {
    const { page, errors } = await openApp(browser(), inject('appUrl'));
    await uploadText(page, 'dirty.csv', csv);
    await waitForState(page, 'ready');
    expect(await page.inputValue('input[data-testid="migration-days"]')).toBe('90');
    expect(await readMigration(page)).toEqual(oracleMigration(csv, ORACLE_VALUE_ACTIVITY(), referenceDate, addDays(referenceDate, -90)));

    await page.fill('input[data-testid="migration-days"]', '150');
    const later = oracleMigration(csv, ORACLE_VALUE_ACTIVITY(), referenceDate, addDays(referenceDate, -150));
    await expect.poll(() => readMigration(page), { timeout: 10_000 }).toEqual(later);

    // The new customers' list names as many customers as the table's `new` rows hold.
    await page.click('[data-testid="moved-customers"] button:has-text("New")');
    const newCustomers = later.filter((cell) => cell.from === 'new').reduce((sum, cell) => sum + cell.customers, 0);
    await expect.poll(() => page.getAttribute('[data-testid="moved-customers"]', 'data-total')).toBe(String(newCustomers));
    await page.waitForSelector('[data-testid="moved-customers"][aria-busy="false"] tbody tr[data-customer-id]');
    const ids = await page.$$eval('[data-testid="moved-customers"] tbody tr', (rows) => rows.map((row) => row.getAttribute('data-customer-id')));
    expect(ids.length).toBe(Math.min(20, newCustomers));
    const boughtBefore = oracleAnalysis(linesBefore(csv, addDays(referenceDate, -150)), { valuePercentile: 80, activeDays: 90, referenceDate }).customers;
    expect(ids.every((id) => id !== null && id !== '' && !boughtBefore.has(id))).toBe(true);
    await page.waitForSelector('[data-testid="chart-migration"] svg');
    expect(await violationsInside(page, 'section[aria-labelledby="migration-title"]')).toEqual([]);

    // A tier change: the tiers' totals are drawn first, who moved follows under the new rules.
    const underNewRules = oracleMigration(csv, ORACLE_VALUE_ACTIVITY(70), referenceDate, addDays(referenceDate, -150));
    expect(underNewRules).not.toEqual(later);
    await page.fill('input[data-testid="value-percentile"]', '70');
    await expect.poll(() => readMigration(page), { timeout: 10_000 }).toEqual(underNewRules);
    expect(errors).toEqual([]);
  });
});
