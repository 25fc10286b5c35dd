/**
 * "Who moved" in the built app in Chromium: the file is uploaded, then the comparison span is changed
 * a few times; each time, the page records when the panel starts working and when it is ready (after
 * the input's debounce): the worker's DuckDB-WASM query for the earlier customers plus the page's
 * tiering and table. Timed once the models and clusters fitted after the load have finished (a request
 * during the fits waits for them).
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../test/support/browser';
import { buildAndServeApp } from './app-run';

const SPANS = [120, 60, 180, 90, 30];

export async function migrationInBrowser(root: string, filePath: string): Promise<number[]> {
  const app = await buildAndServeApp(root);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(app.url);
    await page.setInputFiles('input[type=file][data-testid="file-input"]', filePath);
    await page.waitForSelector('[data-testid="status"][data-state="ready"]', { timeout: 600_000 });
    await page.waitForSelector('[data-testid="migration"][data-state="ready"]', { timeout: 600_000 });
    // The models and the clusters are fitted after a load, in the same worker and beside it; the spans
    // are timed once both are done, so they measure the panel rather than a queue.
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"], [data-testid="predictions"][data-state="error"]', { timeout: 600_000 });
    await page.waitForSelector('[data-testid="segmentation"][data-clusters="ready"], [data-testid="segmentation"][data-clusters="error"]', { timeout: 600_000 });
    const times: number[] = [];
    for (const days of SPANS) times.push(await timedSpan(page, days));
    return times;
  } finally {
    await browser.close();
    await app.close();
  }
}

/** Milliseconds from the panel's `loading` to its `ready` after the span changes to `days`. */
async function timedSpan(page: Page, days: number): Promise<number> {
  // Text, not a function: tsx would add helpers to a function that the page does not have.
  const done = page.evaluate(WAIT_FOR_READY) as Promise<number>;
  await page.fill('input[data-testid="migration-days"]', String(days));
  return done;
}

const WAIT_FOR_READY = `new Promise((resolve) => {
  let started = 0;
  const observer = new MutationObserver(() => {
    const state = document.querySelector('[data-testid="migration"]')?.getAttribute('data-state');
    if (state === 'loading' && started === 0) started = performance.now();
    if (state === 'ready' && started > 0) {
      observer.disconnect();
      resolve(performance.now() - started);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
})`;
