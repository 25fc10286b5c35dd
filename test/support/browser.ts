import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/** Debian's Chromium (never a downloaded browser); CHROME_PATH overrides the location. */
const CHROMIUM = {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-sync',
  ],
};

/** `extraArgs`: more switches, e.g. a smaller WebAssembly memory so that running out of it is quick. */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM, args: [...CHROMIUM.args, ...extraArgs] });
}

/**
 * A browser with a profile on disk, as a person has: the contexts of `launchBrowser()` are private
 * windows, in which Chromium will not install an app.
 */
export function launchWithProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, CHROMIUM);
}

/** One browser for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}

export interface AppPage {
  page: Page;
  /** Every request the page, its workers and its service worker made, and every CSP violation and page error it reported. */
  requests: string[];
  /** The requests the service worker made itself (filling its cache, say), also listed in `requests`. */
  serviceWorkerRequests: string[];
  violations: string[];
  errors: string[];
}

export async function openApp(browser: Browser, url = inject('appUrl')): Promise<AppPage> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  const serviceWorkerRequests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  // Playwright reports a service worker's own requests on the context too (Chromium only).
  context.on('request', (request) => {
    requests.push(request.url());
    if (request.serviceWorker()) serviceWorkerRequests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.exposeFunction('__reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation(text: string): void }).__reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
  await page.goto(url);
  return { page, requests, serviceWorkerRequests, violations, errors };
}

/**
 * Waits for the status to reach `state`. For `ready`, also for the results after the tiers
 * (drawn in a second render, ui/sections/DrawnAfterTiers.tsx; the cleaning report is among them)
 * and for the duplicate lines, which the engine counts after that (ui/load/DuplicatesNote.tsx), so a
 * test may read any part of the results at once; the reports' lists still say when they are ready.
 */
export async function waitForState(page: Page, state: 'idle' | 'working' | 'ready' | 'error', timeout = 60_000) {
  await page.waitForSelector(`[data-testid="status"][data-state="${state}"]`, { timeout });
  if (state === 'ready') {
    await page.waitForFunction(
      () =>
        !document.querySelector('.results') ||
        (document.querySelector('[data-testid="cleaning-report"]') !== null && document.querySelector('[data-testid="duplicates"][data-state="counting"]') === null),
      undefined,
      { timeout },
    );
  }
}

export async function uploadText(page: Page, name: string, text: string | Buffer, mimeType = 'text/csv') {
  await page.setInputFiles('input[data-testid="file-input"]', { name, mimeType, buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
}

export async function statusText(page: Page): Promise<string> {
  return (await page.textContent('[data-testid="status"]')) ?? '';
}
