import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { chooseSegmentation, downloadBytes } from '../support/rfm-readers';

const browser = useBrowser();
const CHARTS = ['chart-rf-grid', 'chart-concentration', 'chart-distribution-recency', 'chart-distribution-frequency', 'chart-distribution-monetary', 'chart-cohorts'];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Scrolls to the charts until they are drawn (panels above them may still grow meanwhile). */
async function scrollToCharts(page: Page) {
  await expect
    .poll(async () => {
      await page.locator('[data-testid="charts"]').scrollIntoViewIfNeeded();
      return page.getAttribute('[data-testid="charts"]', 'data-state');
    })
    .toBe('ready');
}

async function openWithData(page: Page) {
  await uploadText(page, 'orders.csv', sampleOrdersCsv({ seed: 99, customers: 300, lines: 9_000 }));
  await waitForState(page, 'ready');
  await scrollToCharts(page);
}

describe('the charts', () => {
  it('waits to be scrolled into view, then draws every chart and downloads each as SVG, and as PNG', async () => {
    const { page, errors, violations } = await openApp(browser());
    await uploadText(page, 'orders.csv', sampleOrdersCsv({ seed: 99, customers: 300, lines: 9_000 }));
    await waitForState(page, 'ready');
    await page.waitForTimeout(300);
    // Below the fold nothing is asked of the engine yet.
    expect(await page.getAttribute('[data-testid="charts"]', 'data-state')).toBe('loading');
    await scrollToCharts(page);
    // The R×F grid has its 25 cells; every chart has drawn marks.
    expect(await page.$$eval('[data-testid="chart-rf-grid"] g[data-mark="cell"] rect', (cells) => cells.length)).toBe(25);
    for (const chart of CHARTS) {
      const svg = `[data-testid="${chart}"] svg`;
      expect(await page.locator(svg).count(), chart).toBe(1);
      const file = await downloadBytes(page, `[data-testid="${chart}"] [data-testid="download-svg"]`);
      const text = file.bytes.toString('utf8');
      expect(file.name).toMatch(/\.svg$/);
      expect(text.startsWith('<?xml')).toBe(true);
      expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(text.length).toBeGreaterThan(2_000);
    }
    const png = await downloadBytes(page, '[data-testid="chart-cohorts"] [data-testid="download-png"]');
    expect(png.name).toBe('cohort-retention.png');
    expect(png.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(png.bytes.length).toBeGreaterThan(5_000);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('keeps the revenue concentration curve inside its frame', async () => {
    const { page } = await openApp(browser());
    await openWithData(page);
    const outside = await page.$$eval('[data-testid="chart-concentration"] svg circle', (elements) => {
      const dots = elements as SVGCircleElement[];
      const svg = dots[0]?.ownerSVGElement;
      const width = Number(svg?.getAttribute('width'));
      const height = Number(svg?.getAttribute('height'));
      return dots.filter((dot) => {
        const box = dot.getBBox();
        return box.x < 0 || box.y < 0 || box.x > width || box.y > height;
      }).length;
    });
    expect(await page.$$eval('[data-testid="chart-concentration"] svg circle', (dots) => dots.length)).toBe(4);
    expect(outside).toBe(0);
  });
});

describe('the treemap', () => {
  it('shows a tooltip on hover and focus, moves focus with the arrow keys and selects with Enter', async () => {
    const { page } = await openApp(browser());
    await openWithData(page);
    await page.hover('[data-testid="treemap"] [data-segment="champion"]');
    await expect.poll(() => page.textContent('[data-testid="treemap-tooltip"]')).toMatch(/^Champion.*customers.*of revenue$/);

    await page.focus('[data-testid="treemap"] [data-segment="champion"]');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-segment'));
    await page.keyboard.press('ArrowRight');
    const next = await focused();
    expect(next).not.toBe('champion');
    expect(['at_risk_whale', 'average', 'hibernating']).toContain(next);
    expect(await page.textContent('[data-testid="treemap-tooltip"]')).toContain(await page.textContent(`[data-testid="treemap-legend"] [data-segment="${next}"] .legend-label`));
    await page.keyboard.press('Enter');
    await page.waitForSelector(`[data-testid="selected-segment"][data-segment="${next}"]`);
  });

  it('in RFM mode, offers the keyboard only tiles it can see, and names the empty segments below', async () => {
    const { page, errors } = await openApp(browser());
    await openWithData(page);
    await chooseSegmentation(page, 'rfm');
    await page.waitForSelector('[data-testid="treemap"] [data-segment]');
    const summary = await page.$$eval('[data-testid="segment-summary"] [data-segment]', (rows) =>
      rows.map((row) => ({ id: row.getAttribute('data-segment')!, label: row.querySelector('th')!.textContent!.trim(), customers: Number(row.getAttribute('data-customers')) })),
    );
    const empty = summary.filter((row) => row.customers === 0);
    expect(empty.length).toBeGreaterThan(0); // the default rules leave some named segments empty on this shop

    const tiles = await page.$$eval('[data-testid="treemap"] [tabindex]', (elements) => {
      const view = (elements[0] as SVGElement).ownerSVGElement!.viewBox.baseVal;
      return elements.map((element) => {
        const rect = element.querySelector('rect')!;
        const [x, y, width, height] = [rect.x, rect.y, rect.width, rect.height].map((length) => length.baseVal.value);
        // SVG lengths are single precision: allow a hundredth of a unit at the far edges.
        const fits = width > 0 && height > 0 && x >= 0 && y >= 0 && x + width <= view.width + 0.01 && y + height <= view.height + 0.01;
        return { id: element.getAttribute('data-segment')!, inside: fits, box: [x, y, width, height] };
      });
    });
    const tileIds = tiles.map((tile) => tile.id);
    expect(tiles.filter((tile) => !tile.inside)).toEqual([]);
    expect(tileIds.filter((id) => empty.some((row) => row.id === id))).toEqual([]);
    expect(await page.locator('[data-testid="treemap"] [data-segment]').count()).toBe(tiles.length);
    const note = await page.textContent('[data-testid="treemap-untiled"]');
    expect(note).toMatch(/^No customers: /);
    for (const row of empty) expect(note).toContain(row.label);

    // Round the tiles with the arrow keys: every press lands on a drawn tile, and all of them are visited.
    await page.focus(`[data-testid="treemap"] [data-segment="${tileIds[0]}"]`);
    const visited: string[] = [];
    for (let press = 0; press < tileIds.length; press++) {
      await page.keyboard.press('ArrowRight');
      visited.push((await page.evaluate(() => document.activeElement?.getAttribute('data-segment')))!);
    }
    expect(visited.at(-1)).toBe(tileIds[0]);
    expect([...visited].sort()).toEqual([...tileIds].sort());
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-segment'))).toBe(tileIds.at(-1));
    expect(errors).toEqual([]);
  });

  it('sizes tiles by revenue or by customers, and downloads as SVG and PNG', async () => {
    const { page } = await openApp(browser());
    await openWithData(page);
    const shares = async () =>
      page.$$eval('[data-testid="treemap"] [data-segment]', (tiles) =>
        tiles.map((tile) => {
          const rect = tile.querySelector('rect')!;
          return { area: rect.width.baseVal.value * rect.height.baseVal.value, customers: Number(tile.getAttribute('data-customers')), revenue: Number(tile.getAttribute('data-revenue')) };
        }),
      );
    const ratio = (tiles: Awaited<ReturnType<typeof shares>>, key: 'customers' | 'revenue') => {
      const [a, b] = [...tiles].sort((x, y) => y[key] - x[key]);
      return { areas: a.area / b.area, values: a[key] / b[key] };
    };
    const byRevenue = ratio(await shares(), 'revenue');
    expect(byRevenue.areas).toBeCloseTo(byRevenue.values, 1);

    await page.selectOption('[data-testid="treemap-size"]', 'customers');
    await page.waitForSelector('[data-testid="treemap"][data-size-by="customers"]');
    const byCustomers = ratio(await shares(), 'customers');
    expect(byCustomers.areas).toBeCloseTo(byCustomers.values, 1);

    const svg = await downloadBytes(page, '[aria-labelledby="treemap-title"] [data-testid="download-svg"]');
    expect(svg.name).toBe('treemap-tiers.svg');
    const text = svg.bytes.toString('utf8');
    expect(text).toContain('data-segment="champion"');
    expect(text).toMatch(/<text[^>]*style="[^"]*fill: rgb\(255, 255, 255\)/); // the page's CSS, inlined
    const png = await downloadBytes(page, '[aria-labelledby="treemap-title"] [data-testid="download-png"]');
    expect(png.bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  });
});
