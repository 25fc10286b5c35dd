import type { Page } from 'playwright-core';

/**
 * Waits until the service worker controls the page and is active: it has then finished its install,
 * which downloads everything it precaches.
 */
export async function waitForServiceWorker(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout });
}

/** Every URL held in the origin's caches (Cache Storage), by cache name. */
export function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const byCache: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      byCache[name] = requests.map((request) => request.url);
    }
    return byCache;
  });
}
