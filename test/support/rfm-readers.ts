import type { Page } from 'playwright-core';

const SHOWN: Record<'tiers' | 'rfm' | 'clusters', string> = {
  tiers: '[data-testid="segment-summary"] [data-segment="champion"]',
  rfm: '[data-testid="segment-summary"] [data-segment="others"]',
  clusters: '[data-testid="cluster-summary"][data-state="ready"] [data-cluster]',
};

/** Selects the segmentation and waits until the results for it are on screen. */
export async function chooseSegmentation(page: Page, value: 'tiers' | 'rfm' | 'clusters') {
  await page.selectOption('[data-testid="segmentation"]', value);
  await page.waitForSelector(SHOWN[value]);
  await page.waitForSelector('[data-testid="status"][data-state="ready"]');
}

/** Clicks a download button and returns the file's name and bytes. */
export async function downloadBytes(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** Cents of a "123.45" amount, exactly. */
export function cents(amount: string): number {
  const [whole, fraction = ''] = amount.split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  return sign * (Math.abs(Number(whole)) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2)));
}
