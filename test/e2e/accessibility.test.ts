import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations } from '../support/axe';
import { launchBrowser, openApp, uploadText, waitForState, type AppPage } from '../support/browser';
import { chooseSegmentation } from '../support/rfm-readers';
import { GERMAN } from '../support/shop-exports';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The sample analysed with everything drawn: the charts (drawn once in view), the explorer and the models. */
async function sampleResults(page: Page): Promise<void> {
  await page.click('[data-testid="load-sample"]');
  await waitForState(page, 'ready');
  await page.locator('[data-testid="charts"]').scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-testid="charts"][data-state="ready"]');
  await page.waitForSelector('[data-testid="customer-explorer"][data-state="ready"]');
  await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 60_000 });
}

describe('every screen has no accessibility violations (axe-core)', () => {
  it('the start screen', async () => {
    const { page } = await openApp(browser);
    await page.waitForSelector('[data-testid="status"][data-state="idle"][data-engine="ready"]');
    await expectNoViolations(page, 'the start screen');
  });

  it('the mapping screen', async () => {
    const { page } = await openApp(browser);
    await uploadText(page, 'bestellungen.csv', Buffer.from(GERMAN, 'latin1'));
    await page.waitForSelector('[data-testid="column-mapping"]');
    await waitForState(page, 'idle');
    await expectNoViolations(page, 'the mapping screen');
  });

  it('an error', async () => {
    const { page } = await openApp(browser);
    await uploadText(page, 'empty.csv', '');
    await waitForState(page, 'error');
    await expectNoViolations(page, 'an error');
  });

  describe('the results of the sample data', () => {
    let app: AppPage;
    beforeAll(async () => {
      app = await openApp(browser);
      await sampleResults(app.page);
    });

    it('the results, charts, explorer and predictions', async () => {
      await expectNoViolations(app.page, 'the results');
      expect(app.errors).toEqual([]);
    });

    it('a customer opened from the explorer', async () => {
      const { page } = app;
      await page.click('[data-testid="customer-explorer"] [role="row"][data-customer-id]');
      await page.waitForSelector('[data-testid="customer-detail"][data-state="ready"]');
      await expectNoViolations(page, 'a customer');
    });

    it('the RFM segmentation', async () => {
      const { page } = app;
      await chooseSegmentation(page, 'rfm');
      await expectNoViolations(page, 'the RFM segmentation');
    });
  });
});
