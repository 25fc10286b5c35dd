/**
 * The two timings of issue 10 in the app: re-segmenting under custom tier rules (an edit in the
 * rule editor; target ≤ 100 ms to the new totals) and the clusters' background fit, as the page
 * reports it (started with the load, beside the predictions).
 */
import type { Page } from 'playwright-core';

/** The edit that is timed: the Champion rule's recency bound, in the rule editor, to this many days. */
export const CUSTOM_RECENCY_DAYS = '60';

export interface ClusterFitTimings {
  fitMs: number;
  workers: number;
  /** Each k's best of ten starts, 2 … 10. */
  perKMs: number[];
}

/**
 * The clusters are fitted on two workers of their own from the load on, beside the predictions; the
 * changes are timed once both are done, in the steady state, as the page is used after a load.
 */
export async function clustersFitted(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="segmentation"][data-clusters="ready"]', { timeout: 600_000 });
}

/** Back to the tiers, with the rule editor on screen and the lists current, ready for the timed edit. */
export async function showTierRules(page: Page): Promise<void> {
  await page.selectOption('[data-testid="segmentation"]', 'tiers');
  await page.waitForSelector('[data-testid="tier-rules"] [data-testid="tier-rule"][data-tier="champion"]');
  await page.waitForSelector('[data-testid="status"][data-state="ready"]');
}

export function editCustomRule(page: Page): Promise<void> {
  return page.fill('[data-testid="tier-rule"][data-tier="champion"] input[data-field="value"]', CUSTOM_RECENCY_DAYS);
}

/** The clusters' summary once fitted, and what the fit took in the worker. */
export async function clusterFitTimings(page: Page): Promise<ClusterFitTimings> {
  await page.selectOption('[data-testid="segmentation"]', 'clusters');
  const summary = await page.waitForSelector('[data-testid="cluster-summary"][data-state="ready"]', { timeout: 600_000 });
  const attribute = async (name: string) => (await summary.getAttribute(name)) ?? '';
  return {
    fitMs: Number(await attribute('data-fit-ms')),
    workers: Number(await attribute('data-workers')),
    perKMs: (await attribute('data-fit-ms-per-k')).split(',').map(Number),
  };
}
