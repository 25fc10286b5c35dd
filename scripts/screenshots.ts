/**
 * `npx tsx scripts/screenshots.ts`: the README's pictures of the page, the Overview of the sample
 * data on a phone (390 px wide) and on a laptop (1280 px): docs/screenshot-390.png and
 * docs/screenshot-1280.png. Builds the app, serves it as GitHub Pages would and drives Debian's
 * Chromium (CHROME_PATH for another), as the browser tests and the benchmark do.
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser, waitForState } from '../test/support/browser';
import { showSection } from '../test/support/sections';
import { buildAndServeApp } from './bench/app-run';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = [
  { file: 'screenshot-390.png', viewport: { width: 390, height: 844 } },
  { file: 'screenshot-1280.png', viewport: { width: 1280, height: 800 } },
];
/** The README shows them at once; a heavier picture slows the page that links to the app. */
const MOST_BYTES = 300_000;

async function overviewShot(browser: Browser, url: string, file: string, viewport: { width: number; height: number }): Promise<void> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.click('[data-testid="load-sample"]');
  await waitForState(page, 'ready');
  // The overview's churn figure comes from the models: shown once they are fitted.
  await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 120_000 });
  await showSection(page, 'overview');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: file });
  await context.close();
  const bytes = statSync(file).size;
  if (bytes > MOST_BYTES) throw new Error(`${file} is ${bytes} bytes, more than ${MOST_BYTES}`);
  console.log(`${file}: ${viewport.width}×${viewport.height}, ${Math.round(bytes / 1000)} kB`);
}

async function main(): Promise<void> {
  const app = await buildAndServeApp(ROOT);
  const browser = await launchBrowser();
  try {
    for (const { file, viewport } of SHOTS) await overviewShot(browser, app.url, join(ROOT, 'docs', file), viewport);
  } finally {
    await browser.close();
    await app.close();
  }
}

await main();
