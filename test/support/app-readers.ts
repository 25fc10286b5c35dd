import type { Page } from 'playwright-core';

/** Reads the automation contract's data attributes back into plain objects. */
/** The cleaning report's counts; it is drawn after the tiers, so it is waited for. */
export async function readCleaningReport(page: Page): Promise<Record<string, number>> {
  await page.waitForSelector('[data-testid="cleaning-report"]');
  return page.$$eval('[data-testid="cleaning-report"] [data-count-of]', (cells) =>
    Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-count-of'), Number(cell.getAttribute('data-value'))])),
  );
}

export async function readSummary(page: Page): Promise<Record<string, { customers: number; revenue: string }>> {
  return page.$$eval('[data-testid="segment-summary"] [data-segment]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.getAttribute('data-segment'),
        { customers: Number(row.getAttribute('data-customers')), revenue: row.getAttribute('data-revenue') ?? '' },
      ]),
    ),
  );
}

export async function readReport(page: Page, testId: 'revenue-leak' | 'margin-protection') {
  const element = page.locator(`[data-testid="${testId}"]`);
  return { customers: Number(await element.getAttribute('data-customers')), revenue: (await element.getAttribute('data-revenue')) ?? '' };
}

/** Clicks an export button and returns the downloaded CSV text. */
export async function downloadCsv(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}
