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

  it('the mapping screen of a file wider than the page', async () => {
    const { page } = await openApp(browser);
    const columns = Array.from({ length: 24 }, (_, index) => `Some rather long column name ${index + 1}`);
    const line = columns.map((_, index) => `value ${index + 1} of the first line`);
    await uploadText(page, 'wide.csv', `${columns.join(',')}\n${line.join(',')}\n`);
    await page.waitForSelector('[data-testid="column-mapping"]');
    await waitForState(page, 'idle');
    // The preview scrolls sideways: the region has to be reachable by keyboard.
    expect(await page.$eval('[data-testid="mapping-preview"]', (table) => table.parentElement!.scrollWidth > table.parentElement!.clientWidth)).toBe(true);
    await expectNoViolations(page, 'a wide mapping screen');
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

    it('the results, charts, explorer and predictions with their details open', async () => {
      await app.page.click('[data-testid="prediction-details"] summary');
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

/** What has keyboard focus: enough to tell the page's parts apart. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      testId: element.getAttribute('data-testid') ?? element.closest('[data-testid]')?.getAttribute('data-testid') ?? '',
      role: element.getAttribute('role') ?? element.tagName.toLowerCase(),
      segment: element.getAttribute('data-segment'),
      customer: element.getAttribute('data-customer-id'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    };
  });
}

describe('the keyboard', () => {
  it('reaches every part of the page in reading order, with visible focus', async () => {
    const { page } = await openApp(browser);
    await sampleResults(page);
    // Start from the top, as someone arriving at the page does: Tab goes on from the last click.
    await page.click('h1');
    const stops: NonNullable<Awaited<ReturnType<typeof focused>>>[] = [];
    for (let press = 0; press < 600; press++) {
      await page.keyboard.press('Tab');
      const stop = await focused(page);
      if (!stop) continue;
      stops.push(stop);
      if (stop.customer && stop.testId === 'customer-explorer') break;
    }
    const firstIndex = (matches: (stop: (typeof stops)[number]) => boolean, name: string) => {
      const index = stops.findIndex(matches);
      expect(index, `${name} is reached by Tab`).toBeGreaterThanOrEqual(0);
      expect(stops[index].outline, `${name} shows where the focus is`).toBe(true);
      return index;
    };
    const order = [
      firstIndex((stop) => stop.testId === 'file-input', 'the file chooser'),
      firstIndex((stop) => stop.testId === 'load-sample', 'the sample button'),
      firstIndex((stop) => stop.testId === 'keep-analysis', 'keeping the analysis'),
      firstIndex((stop) => stop.testId === 'value-percentile', 'the tier controls'),
      firstIndex((stop) => stop.segment !== null && stop.role === 'button' && stop.testId === 'treemap', 'a treemap tile'),
      firstIndex((stop) => stop.testId === 'treemap-legend', 'the treemap legend'),
      firstIndex((stop) => stop.role === 'region' && stop.testId === 'revenue-leak', 'a customer list'),
      firstIndex((stop) => stop.testId === 'customer-explorer' && stop.customer !== null, 'a row of the explorer'),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));

    // Enter on an explorer row opens the customer, as a click does.
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="customer-detail"][data-state="ready"]');
  });
});

describe('nothing is readable only by hovering', () => {
  it('names every segment in the legend, the small tiles too, and selects from it', async () => {
    const { page } = await openApp(browser);
    await page.click('[data-testid="load-sample"]');
    await waitForState(page, 'ready');
    await chooseSegmentation(page, 'rfm');
    const unlabelled = await page.$$eval('[data-testid="treemap"] [data-segment]', (tiles) =>
      tiles.filter((tile) => !tile.querySelector('.tile-label')).map((tile) => tile.getAttribute('data-segment')!),
    );
    expect(unlabelled.length).toBeGreaterThan(0); // the sample has RFM segments too small for their label
    const summary = await page.$$eval('[data-testid="segment-summary"] [data-segment]', (rows) =>
      rows.map((row) => ({ id: row.getAttribute('data-segment')!, label: row.querySelector('th')!.textContent!.trim(), customers: row.getAttribute('data-customers')! })),
    );
    for (const id of unlabelled) {
      const entry = page.locator(`[data-testid="treemap-legend"] [data-segment="${id}"]`);
      expect(await entry.isVisible(), id).toBe(true);
      const row = summary.find((candidate) => candidate.id === id)!;
      expect(await entry.innerText()).toContain(row.label);
      expect(await entry.innerText()).toContain(`${Number(row.customers).toLocaleString('en-US')} customers`);
    }
    expect(await page.$$eval('[data-testid="treemap-legend"] [data-segment]', (entries) => entries.length)).toBe(summary.length);
    await page.click(`[data-testid="treemap-legend"] [data-segment="${unlabelled[0]}"]`);
    await page.waitForSelector(`[data-testid="selected-segment"][data-segment="${unlabelled[0]}"]`);
    expect(await page.getAttribute(`[data-testid="treemap-legend"] [data-segment="${unlabelled[0]}"]`, 'aria-pressed')).toBe('true');
  });
});
