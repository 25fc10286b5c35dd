/**
 * The browser half of the benchmark: the production build, served like GitHub Pages, driven by
 * Chromium the way a user drives it (choose a file, then change a threshold).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { readSummary } from '../../test/support/app-readers';
import { serveStatic } from '../../test/support/static-server';
import { waitForPredictions, type PredictionTimings } from './prediction-timings';
import { clusterFitTimings, clustersFitted, editCustomRule, showTierRules, type ClusterFitTimings } from './rules-and-clusters';
import { chromiumPssBytes, chromiumRssBytes, descendantCpuMs } from './process-tree';
import { Peak, TIMED_OUT, delay, sampleEvery, withTimeout, type Sampler } from './sampling';
import { allowEvaluatedFunctions, armDrawnWatch, armStatusWatch, DRAWN_AFTER_TIERS, drawnWatchOutcome, statusWatchOutcome, type StatusOutcome } from './status-watch';

const SUB_PATH = '/retention-engine/demo/';
const RSS_SAMPLE_MS = 100;
const PSS_SAMPLE_MS = 1_000;
const HEAP_SAMPLE_MS = 500;
const ENGINE_START_LIMIT_MS = 60_000;
/** Chromium counts as idle when its processes used at most 20 ms of CPU in a 250 ms window. */
const QUIET_WINDOW_MS = 250;
const QUIET_CPU_MS = 20;
const QUIET_LIMIT_MS = 15_000;
export const CHANGED_PERCENTILE = '70';
/** The RFM rule edit that is timed: Champions' M score from 4 (the default) to this. */
export const CHANGED_RULE_MIN = '3';

export interface ServedApp {
  url: string;
  /** The same build from a host that sends COOP/COEP: the page is cross-origin isolated. */
  isolatedUrl: string;
  /** The build's folder, to find an asset by name (the cluster worker's script, say). */
  outDir: string;
  close(): Promise<void>;
}

/** What a host that can set headers sends for cross-origin isolation (SharedArrayBuffer, threads). */
export const ISOLATION_HEADERS = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/**
 * Builds a site once into a temporary directory and serves it under a sub-path, from a plain host
 * and from one that isolates it. Without `viteRoot` the app itself; otherwise another page (the bare engine).
 */
export async function buildAndServeApp(root: string, viteRoot?: string): Promise<ServedApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'retention-bench-build-'));
  const page = viteRoot ? { root: viteRoot, configFile: false as const, base: './', worker: { format: 'es' as const } } : { root };
  await build({ ...page, logLevel: 'warn', build: { outDir, emptyOutDir: true, target: 'es2022' } });
  const servers = [await serveStatic(outDir, SUB_PATH), await serveStatic(outDir, SUB_PATH, ISOLATION_HEADERS)];
  return {
    url: servers[0].url,
    isolatedUrl: servers[1].url,
    outDir,
    async close() {
      for (const server of servers) await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

export interface AppMemory {
  /** Chromium's whole process tree right before the file was chosen (engine started, nothing loaded). */
  baselineRssBytes: number;
  baselinePssBytes: number;
  peakRssBytes: number;
  peakPssBytes: number;
  /** The page's main-thread JS heap (CDP); the workers and DuckDB's wasm memory are not in it. */
  peakJsHeapBytes: number;
}

export interface AppTimings {
  /** From just before setInputFiles to tiles drawn and status ready, timed in Node. */
  loadWallMs: number;
  load: StatusOutcome;
  /** In the page, from the input event: tiers drawn, and the rest of the results drawn after them. */
  loadDrawnMs: LoadDrawn;
  /** From just before typing the new percentile to the re-segmented result in the DOM, timed in Node. */
  tierChangeWallMs: number;
  tierChange: StatusOutcome;
  /** After switching to the named RFM segments: from just before editing a rule to the new segments in the DOM. */
  ruleChangeWallMs: number;
  ruleChange: StatusOutcome;
  /**
   * From just before each change to the customer lists under the totals (the reports', the selected
   * segment's and the explorer's first page) showing the new result too, timed in Node.
   */
  tierListsWallMs: number;
  ruleListsWallMs: number;
  /** Back in the tiers: from just before editing a condition in the tier rule editor to the new totals in the DOM. */
  customRuleChangeWallMs: number;
  customRuleChange: StatusOutcome;
  customRuleListsWallMs: number;
  /** The clusters' background fit after the load, as the page reports it. */
  clusters: ClusterFitTimings;
  /** The worker's own time per load stage (data-load-timings). */
  loadTimingsMs: Record<string, number>;
  /** Customers per tier as the app shows them (default thresholds), to compare with native DuckDB. */
  tierCustomers: Record<string, number>;
  /** The first background prediction run after the load, as the worker timed it. */
  predictions: PredictionTimings;
}

interface CaseOutcome {
  /** Navigation start → DuckDB-WASM instantiated and Chromium idle; null when not observed. */
  engineReadyMs: number | null;
  memory: AppMemory;
}

export type AppCaseResult =
  | (CaseOutcome & AppTimings & { ok: true })
  | (CaseOutcome & { ok: false; failure: string; pageErrors: string[] });

/** The app showed its error state; its message is the most useful thing to report. */
class AppErrorState extends Error {}

/**
 * One size in a fresh tab: never more than `timeoutMs`, never throws for an app-side failure.
 * `prepare` may add its own watchers to the context before the page opens.
 */
export async function measureAppCase(
  browser: Browser, appUrl: string, filePath: string, timeoutMs: number, prepare: (context: BrowserContext) => Promise<void> = async () => {},
): Promise<AppCaseResult> {
  // Measured as a first visit without the offline copy: the service worker downloading it would
  // otherwise run during the timed load and count in the memory peaks.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await prepare(context);
    return await measureInContext(context, appUrl, filePath, timeoutMs);
  } finally {
    await context.close(); // also stops a timed-out load that is still running in the tab
  }
}

async function measureInContext(context: BrowserContext, appUrl: string, filePath: string, timeoutMs: number): Promise<AppCaseResult> {
  await allowEvaluatedFunctions(context);
  const page = await context.newPage();
  const pageErrors = collectPageErrors(page);
  const memory = await startMemoryWatch(context, page);
  const outcome = { engineReadyMs: null as number | null };
  const run = (async () => {
    outcome.engineReadyMs = await openAndWaitForEngine(page, appUrl, APP_SELECTORS);
    memory.markBaseline();
    return timeUserActions(page, filePath);
  })();
  run.catch(() => {}); // after a timeout nobody awaits it, and closing the page rejects it
  const fail = async (failure: string): Promise<AppCaseResult> => {
    return { ok: false, failure, pageErrors, engineReadyMs: outcome.engineReadyMs, memory: await memory.stop() };
  };
  try {
    const timings = await withTimeout(run, timeoutMs);
    if (timings === TIMED_OUT) return await fail(`timed out after ${formatLimit(timeoutMs)}; the tab was closed`);
    return { ok: true, engineReadyMs: outcome.engineReadyMs, memory: await memory.stop(), ...timings };
  } catch (error) {
    return await fail(describeBrowserFailure(error));
  }
}

function formatLimit(ms: number): string {
  return ms >= 60_000 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}

function describeBrowserFailure(error: unknown): string {
  if (error instanceof AppErrorState) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  // A renderer that runs out of memory is killed; Playwright reports it as a crashed target.
  return /crash/i.test(message) ? `the page crashed (most likely out of memory): ${message}` : message;
}

function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/**
 * Loads the page and waits until the engine is warm: the status reports the engine ready
 * (`data-engine="ready"`) and Chromium is idle again; for a few hundred
 * milliseconds after instantiation both cores stay busy, which would otherwise be charged to the
 * file. Returns navigation start → warm, or null if that could not be observed.
 */
export async function openAndWaitForEngine(page: Page, url: string, selectors: PageSelectors): Promise<number | null> {
  await page.goto(url);
  await page.waitForSelector(selectors.opened);
  const navigationStart = await page.evaluate(() => performance.timeOrigin);
  const instantiated = await page
    .waitForSelector(selectors.engineReady, { timeout: ENGINE_START_LIMIT_MS })
    .then(() => true, () => false);
  if (!instantiated) console.warn('  the engine did not report ready; the load time may include the engine warm-up');
  const quietSince = await waitForQuietBrowser();
  if (quietSince === null) console.warn('  Chromium did not go idle; the load time may include background work');
  return instantiated && quietSince !== null ? quietSince - navigationStart : null;
}

/** How a page says it is open, and that its engine is ready. */
export interface PageSelectors {
  opened: string;
  engineReady: string;
}

export const APP_SELECTORS: PageSelectors = {
  opened: '[data-testid="status"][data-state="idle"]',
  engineReady: '[data-testid="status"][data-engine="ready"]',
};

/** The worker's stage timings of the load on screen. */
export async function readLoadTimings(page: Page): Promise<Record<string, number>> {
  return JSON.parse((await page.getAttribute('[data-testid="cleaning-report"]', 'data-load-timings')) ?? '{}') as Record<string, number>;
}

/** The epoch time at which a quiet window began, or null if Chromium stayed busy too long. */
async function waitForQuietBrowser(): Promise<number | null> {
  const deadline = performance.now() + QUIET_LIMIT_MS;
  let windowStart = epochNow();
  let cpuAtStart = descendantCpuMs(process.pid);
  while (performance.now() < deadline) {
    await delay(QUIET_WINDOW_MS);
    const cpu = descendantCpuMs(process.pid);
    if (cpu - cpuAtStart <= QUIET_CPU_MS) return windowStart;
    windowStart = epochNow();
    cpuAtStart = cpu;
  }
  return null;
}

/** Milliseconds since the epoch, comparable with the page's performance.timeOrigin. */
function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** Chooses the file, waits for the result, then changes the value percentile and waits again. */
async function timeUserActions(page: Page, filePath: string): Promise<AppTimings> {
  const { outcome: load, wallMs: loadWallMs, drawnMs: loadDrawnMs } = await timedLoad(page, filePath);
  const loadTimingsMs = await readLoadTimings(page);
  const tierCustomers = Object.fromEntries(
    Object.entries(await readSummary(page)).map(([segment, { customers }]) => [segment, customers]),
  );
  // Predictions are fitted in the background once the tiers are shown, and share DuckDB's single
  // thread; tier changes are timed in the steady state after that, the fit's own time is reported.
  const predictions = await waitForPredictions(page);
  console.log(`  background predictions took ${Math.round(predictions.totalMs)} ms (BG/NBD + Gamma-Gamma fits ${Math.round(predictions.fitMs)} ms)`);
  await clustersFitted(page);
  const changeStarted = performance.now();
  const tierChange = await timedAction(page, 'changing the value percentile', () =>
    page.fill('input[data-testid="value-percentile"]', CHANGED_PERCENTILE),
  );
  const tierChangeWallMs = performance.now() - changeStarted;
  const tierListsWallMs = (await listsSettled(page)) - changeStarted;
  await page.selectOption('[data-testid="segmentation"]', 'rfm');
  await page.waitForSelector('[data-testid="segment-summary"] [data-segment="others"]');
  await page.waitForSelector('[data-testid="status"][data-state="ready"]');
  // The RFM view asks for the charts' figures at once (its score table uses them): the timed edit
  // starts once they and the lists are on screen, not while their queries still hold the engine.
  await page.waitForSelector('[data-testid="charts"][data-state="ready"]', { timeout: 600_000 });
  await listsSettled(page);
  const ruleStarted = performance.now();
  const ruleChange = await timedAction(page, 'editing an RFM rule', () =>
    page.selectOption('[data-rule="champions"] [data-bound="m-min"]', CHANGED_RULE_MIN).then(() => {}),
  );
  const ruleChangeWallMs = performance.now() - ruleStarted;
  const ruleListsWallMs = (await listsSettled(page)) - ruleStarted;
  await showTierRules(page);
  await listsSettled(page);
  const customStarted = performance.now();
  const customRuleChange = await timedAction(page, 'editing a tier rule', () => editCustomRule(page));
  const customRuleChangeWallMs = performance.now() - customStarted;
  const customRuleListsWallMs = (await listsSettled(page)) - customStarted;
  const clusters = await clusterFitTimings(page);
  return {
    loadWallMs, load, loadDrawnMs, loadTimingsMs, tierChangeWallMs, tierChange, ruleChangeWallMs, ruleChange, tierListsWallMs, ruleListsWallMs,
    customRuleChangeWallMs, customRuleChange, customRuleListsWallMs, clusters, tierCustomers, predictions,
  };
}

/**
 * Waits until the customer lists under the totals show the current result too (the reports' lists,
 * the selected segment's, the explorer's first page); returns when.
 */
async function listsSettled(page: Page): Promise<number> {
  // Checked every frame: waitForSelector's back-off (…, 100 ms, then every 500 ms) would round the time up.
  await page.waitForFunction(
    () => ['revenue-leak', 'selected-segment', 'customer-explorer'].every((id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-state') === 'ready'),
    undefined,
    { polling: 'raf', timeout: 600_000 },
  );
  return performance.now();
}

export interface LoadDrawn {
  tiers: number;
  rest: number;
}

/**
 * Chooses the file and waits for the tiers drawn: the wall time from just before setInputFiles, and
 * in the page, from the input event, the tiers drawn and then the rest of the results.
 */
export async function timedLoad(page: Page, filePath: string): Promise<{ outcome: StatusOutcome; wallMs: number; drawnMs: LoadDrawn }> {
  await armDrawnWatch(page, DRAWN_AFTER_TIERS);
  const started = performance.now();
  // A path, not a buffer: a local Chromium then reads the file from disk like a real upload.
  const outcome = await timedAction(page, 'loading the file', () => page.setInputFiles('input[type=file][data-testid="file-input"]', filePath));
  const wallMs = performance.now() - started;
  return { outcome, wallMs, drawnMs: { tiers: outcome.pageDurationMs, rest: await drawnWatchOutcome(page) } };
}

/** Performs `action` with the status watch armed and returns how the status ended. */
export async function timedAction(page: Page, what: string, action: () => Promise<void>): Promise<StatusOutcome> {
  await armStatusWatch(page);
  await action();
  const outcome = await statusWatchOutcome(page);
  if (outcome.state === 'error') throw new AppErrorState(`app error while ${what}: ${outcome.text}`);
  return outcome;
}

interface MemoryWatch {
  markBaseline(): void;
  stop(): Promise<AppMemory>;
}

/**
 * Samples Chromium's process tree (/proc) and the page's JS heap (CDP). RSS is cheap and sampled
 * every 100 ms; PSS and the heap cost more and mostly matter at their plateau, so they are sampled
 * less often to keep the measuring from slowing what it measures.
 */
async function startMemoryWatch(context: BrowserContext, page: Page): Promise<MemoryWatch> {
  const rss = new Peak();
  const pss = new Peak();
  const jsHeap = new Peak();
  const latest = { rssBytes: 0, pssBytes: 0 };
  let baseline = { ...latest };
  // Chromium's processes below us: the browser and every process it started (not tsx's helpers).
  const samplers: Sampler[] = [
    sampleEvery(RSS_SAMPLE_MS, () => {
      latest.rssBytes = chromiumRssBytes(process.pid);
      rss.offer(latest.rssBytes);
    }),
    sampleEvery(PSS_SAMPLE_MS, () => {
      latest.pssBytes = chromiumPssBytes(process.pid);
      pss.offer(latest.pssBytes);
    }),
  ];
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  samplers.push(
    sampleEvery(HEAP_SAMPLE_MS, async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      jsHeap.offer(metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0);
    }),
  );
  return {
    markBaseline() {
      baseline = { ...latest };
    },
    async stop() {
      await Promise.all(samplers.map((sampler) => sampler.stop()));
      return {
        baselineRssBytes: baseline.rssBytes,
        baselinePssBytes: baseline.pssBytes,
        peakRssBytes: rss.max,
        peakPssBytes: pss.max,
        peakJsHeapBytes: jsHeap.max,
      };
    },
  };
}
