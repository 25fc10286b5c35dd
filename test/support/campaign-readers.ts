import type { Page } from 'playwright-core';
import { downloadCsv } from './app-readers';
import { parseCsv } from './oracle';

export interface ShownDraft {
  customerId: string;
  source: string;
  sourceText: string;
  subject: string;
  body: string;
  sms: string;
}

/** The drafts on screen, read from the automation contract. */
export async function readDrafts(page: Page): Promise<ShownDraft[]> {
  return page.$$eval('[data-testid="draft-messages"] [data-testid="draft"]', (items) =>
    items.map((item) => ({
      customerId: item.getAttribute('data-customer-id') ?? '',
      source: item.getAttribute('data-source') ?? '',
      sourceText: item.querySelector('[data-testid="draft-source"]')?.textContent ?? '',
      subject: item.querySelector('[data-testid="draft-subject"]')?.textContent ?? '',
      body: item.querySelector('[data-testid="draft-body"]')?.textContent ?? '',
      sms: item.querySelector('[data-testid="draft-sms"]')?.textContent ?? '',
    })),
  );
}

export async function waitForDrafts(page: Page, segment: string) {
  await page.waitForSelector(`[data-testid="campaign"][data-segment="${segment}"] [data-testid="draft-messages"][data-state="ready"] [data-testid="draft"]`);
}

/** Downloads a campaign export and reads it back with an independent CSV reader, as objects by its own header. */
export async function downloadCampaign(page: Page, selector: string) {
  const { name, text } = await downloadCsv(page, selector);
  const [header, ...rows] = parseCsv(text);
  const records = rows.map((row) => Object.fromEntries(header.map((column, index) => [column, row[index]])));
  const note = page.locator('[data-testid="campaign-export-note"]');
  return {
    name,
    text,
    header,
    records,
    included: Number(await note.getAttribute('data-included')),
    withoutEmail: Number(await note.getAttribute('data-without-email')),
    noteText: (await note.textContent()) ?? '',
  };
}
