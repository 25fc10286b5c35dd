/**
 * One load, in a fresh tab, timed the same way for the app and for the bare engine: the engine is
 * started and Chromium idle before the file is chosen; the wall time runs from just before
 * setInputFiles to the result on screen (the app: tiers drawn; the bare page: its table written).
 */
import type { Browser, Page } from 'playwright-core';
import { bareShapeQuery, type BareShape } from './bare-engine/bare-shape';
import { APP_SELECTORS, openAndWaitForEngine, readLoadTimings, timedLoad, type LoadDrawn, type PageSelectors } from './app-run';
import { TIMED_OUT, withTimeout } from './sampling';
import { allowEvaluatedFunctions } from './status-watch';

export interface LoadRun {
  wallMs: number;
  /** The page's own measure: the app's data-duration-ms, the bare page's data-duration-ms. */
  pageMs: number;
  /** The app: from the input event to the tiers drawn, and to what it draws after them (the reports, the sections below), in the page. */
  drawnMs?: LoadDrawn;
  /** Time per stage as measured inside the page or its worker. */
  stagesMs: Record<string, number>;
  /** Navigation → engine ready and Chromium idle; null when not observed. */
  engineReadyMs: number | null;
  crossOriginIsolated: boolean;
  /** What the bare engine found (customers, invoices), to check that every build read the same. */
  found?: string;
}

const BARE_SELECTORS: PageSelectors = { opened: 'body', engineReady: 'body[data-engine="ready"]' };
const LOAD_LIMIT_MS = 10 * 60_000;

export async function appLoadRun(browser: Browser, appUrl: string, filePath: string): Promise<LoadRun> {
  return inFreshTab(browser, async (page) => {
    const engineReadyMs = await openAndWaitForEngine(page, appUrl, APP_SELECTORS);
    const { outcome, wallMs, drawnMs } = await timedLoad(page, filePath);
    return { wallMs, pageMs: outcome.appDurationMs ?? NaN, drawnMs, stagesMs: await readLoadTimings(page), engineReadyMs, crossOriginIsolated: await isolated(page) };
  });
}

export async function bareLoadRun(browser: Browser, bareUrl: string, filePath: string, shape: BareShape): Promise<LoadRun> {
  return inFreshTab(browser, async (page) => {
    const engineReadyMs = await openAndWaitForEngine(page, `${bareUrl}?${bareShapeQuery(shape)}`, BARE_SELECTORS);
    await armBareWatch(page);
    const started = performance.now();
    await page.setInputFiles('input[data-testid="file-input"]', filePath);
    const finished = await withTimeout(page.evaluate(() => (window as BareWatchWindow).__bareDone), LOAD_LIMIT_MS);
    if (finished === TIMED_OUT) throw new Error('the bare engine did not finish in time');
    const wallMs = performance.now() - started;
    // What it read is counted after its time is taken (bare-engine.ts), then the state is set.
    await page.waitForSelector('body[data-state]', { timeout: LOAD_LIMIT_MS });
    const data = await page.evaluate(() => ({ ...document.body.dataset }));
    if (data.state !== 'done') throw new Error(`the bare engine failed: ${data.error}`);
    const stagesMs = JSON.parse(data.stages ?? '{}') as Record<string, number>;
    const found = `${data.customers} customers, ${data.invoices} invoices, ${data.threads} thread(s)`;
    return { wallMs, pageMs: Number(data.durationMs), stagesMs, engineReadyMs, crossOriginIsolated: await isolated(page), found };
  });
}

interface BareWatchWindow {
  __bareDone?: Promise<void>;
}

/**
 * Resolves in the bare page the moment it has taken its time (`data-duration-ms`) or failed, as the
 * app's status watch does for the app. Playwright's waitForSelector polls with a back-off (0, 20,
 * 50, 100, 100 ms, then every 500 ms), which put the bare engine's measured time on that grid:
 * 0.82–0.83 s for every run of a 541,909-line file whose read ended 0.6–0.7 s after the click.
 */
async function armBareWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const done = () => document.body.hasAttribute('data-duration-ms') || document.body.hasAttribute('data-state');
    (window as BareWatchWindow).__bareDone = new Promise<void>((resolve) => {
      if (done()) return resolve();
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { attributes: true });
    });
  });
}

async function inFreshTab<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  // Without the service worker: its download of the offline copy would run during the timed load.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await allowEvaluatedFunctions(context);
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}

function isolated(page: Page): Promise<boolean> {
  return page.evaluate(() => globalThis.crossOriginIsolated === true);
}
