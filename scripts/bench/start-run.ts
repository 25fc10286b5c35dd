/**
 * How soon the page is ready for a file: navigation → the engine reports ready, on a first visit
 * (nothing cached) and on repeat visits once the offline copy is installed (the service worker
 * answers from its cache, and Chromium may reuse the wasm it compiled before). Timed inside the page.
 */
import type { Browser, Page } from 'playwright-core';
import { allowEvaluatedFunctions } from './status-watch';
import { median } from './sampling';

export interface StartTimes {
  firstVisitMs: number;
  repeatVisitsMs: number[];
  repeatMedianMs: number;
  /** Whether the repeat visits were cross-origin isolated (the service worker's headers). */
  repeatIsolated: boolean;
}

const READY_LIMIT_MS = 60_000;
const INSTALL_LIMIT_MS = 120_000;

interface ReadyWindow {
  __engineReadyAt?: number;
}

export async function measureStart(browser: Browser, appUrl: string, repeats: number): Promise<StartTimes> {
  const context = await browser.newContext();
  try {
    await allowEvaluatedFunctions(context);
    await context.addInitScript(recordEngineReady);
    const page = await context.newPage();
    await page.goto(appUrl);
    const firstVisitMs = await engineReadyAt(page);
    // The offline copy is complete once the service worker is active (installing waits for the precache).
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    }, undefined);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: INSTALL_LIMIT_MS });
    const repeatVisitsMs: number[] = [];
    let repeatIsolated = true;
    for (let visit = 0; visit < repeats; visit++) {
      await page.reload();
      repeatVisitsMs.push(await engineReadyAt(page));
      repeatIsolated &&= await page.evaluate(() => globalThis.crossOriginIsolated === true);
    }
    return { firstVisitMs, repeatVisitsMs, repeatMedianMs: median(repeatVisitsMs), repeatIsolated };
  } finally {
    await context.close();
  }
}

async function engineReadyAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as ReadyWindow).__engineReadyAt !== undefined, undefined, { timeout: READY_LIMIT_MS });
  return page.evaluate(() => (window as ReadyWindow).__engineReadyAt!);
}

/** Runs in the page before its scripts: notes performance.now() (ms since navigation) when the engine is ready. */
function recordEngineReady(): void {
  const check = () => {
    if ((window as ReadyWindow).__engineReadyAt !== undefined) return;
    if (document.querySelector('[data-testid="status"][data-engine="ready"]')) {
      (window as ReadyWindow).__engineReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}
