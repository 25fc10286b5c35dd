import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser, waitForState } from '../support/browser';
import { downloadCampaign, readDrafts, waitForDrafts } from '../support/campaign-readers';
import { installStandInLanguageModel, type StandInLog } from '../support/stand-in-language-model-page';

const browser = useBrowser();

describe("drafts written by the browser's own language model", () => {
  it('writes a page of drafts with it, labelled, with no request leaving the page, and stops when cancelled', async () => {
    const { page, requests, violations, errors } = await openApp(browser());
    const seen: { url: string; method: string }[] = [];
    page.on('request', (request) => seen.push({ url: request.url(), method: request.method() }));
    // The test puts the stand-in into the page; the app only looks for the global.
    await page.addInitScript(installStandInLanguageModel);
    await page.reload();
    await page.click('[data-testid="load-sample"]');
    await waitForState(page, 'ready');
    await waitForDrafts(page, 'at_risk_whale');
    expect(await page.$$eval('select[data-testid="draft-writer"] option', (options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual([
      'template',
      'on-device',
    ]);
    const before = await readDrafts(page);
    await page.selectOption('select[data-testid="draft-writer"]', 'on-device');

    const requestsBefore = seen.length;
    await page.click('[data-testid="write-drafts"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="draft"][data-source="on-device"]').length === 10);
    await page.waitForSelector('[data-testid="draft-messages"][data-state="ready"]');
    const during = seen.slice(requestsBefore);
    const origin = new URL(inject('appUrl')).origin;
    expect(during.filter((request) => !request.url.startsWith(`${origin}/`) && !/^(blob|data):/.test(request.url))).toEqual([]);
    expect(during.filter((request) => request.method !== 'GET')).toEqual([]);

    const drafts = await readDrafts(page);
    expect(drafts.map((draft) => draft.customerId)).toEqual(before.map((draft) => draft.customerId));
    const log = await page.evaluate(() => (window as unknown as { __standIn: StandInLog }).__standIn);
    expect(log.created).toBe(1);
    expect(log.initialPrompts[0][0]).toMatchObject({ role: 'system' });
    expect(log.initialPrompts[0][0].content).toMatch(/Use only the facts you are given/);
    expect(log.prompts).toHaveLength(10);
    drafts.forEach((draft, index) => {
      // Each customer's own facts went to the model, and its answer is what the page shows, labelled.
      const days = /It has been (\d+ days?) since your last order/.exec(before[index].body)![1];
      expect(log.prompts[index]).toContain(`Days since their last order: ${days}`);
      expect(draft.source).toBe('on-device');
      expect(draft.sourceText).toMatch(/^Written on this device/);
      expect(draft.subject).toBe('We have missed you');
      expect(draft.body).toContain(`It has been ${days} since we last heard from you`);
      expect(draft.body).toContain('(a stand-in model wrote this)');
    });

    // Choosing the templates again shows theirs; the model's drafts come back with it.
    await page.selectOption('select[data-testid="draft-writer"]', 'template');
    await expect.poll(async () => (await readDrafts(page)).every((draft) => draft.source === 'template')).toBe(true);
    await page.selectOption('select[data-testid="draft-writer"]', 'on-device');
    await expect.poll(async () => (await readDrafts(page)).every((draft) => draft.source === 'on-device')).toBe(true);

    // The next page, slowly: cancelled after its first answer is asked for, no draft of it is the model's.
    await page.evaluate(() => ((window as unknown as { __standIn: StandInLog }).__standIn.delayMs = 5_000));
    await page.click('[data-testid="drafts-next"]');
    await page.waitForSelector('[data-testid="drafts-range"]:has-text("11–20")');
    await waitForDrafts(page, 'at_risk_whale');
    await page.click('[data-testid="write-drafts"]');
    await page.waitForSelector('[data-testid="draft-messages"][data-state="writing"] [data-testid="on-device-progress"]');
    await page.click('[data-testid="cancel-drafts"]');
    await page.waitForSelector('[data-testid="on-device-problem"]:has-text("Cancelled")');
    await page.waitForSelector('[data-testid="draft-messages"][data-state="ready"]');
    expect((await readDrafts(page)).every((draft) => draft.source === 'template')).toBe(true);

    // The export carries the drafts as shown: the model's for the first ten, the templates' for the rest.
    const sheet = await downloadCampaign(page, '[data-testid="export-drafts"]');
    const writtenBy = sheet.records.map((row) => row.draft_written_by);
    expect(writtenBy.slice(0, 10)).toEqual(Array(10).fill('this device'));
    expect(new Set(writtenBy.slice(10))).toEqual(new Set(['template']));
    expect(sheet.records[0].body).toContain('(a stand-in model wrote this)');

    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(blob|data):/.test(url))).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
