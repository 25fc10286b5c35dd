import { describe, expect, it } from 'vitest';
import { downloadCsv } from '../support/app-readers';
import { openApp, useBrowser, waitForState } from '../support/browser';
import { downloadCampaign, readDrafts, waitForDrafts } from '../support/campaign-readers';
import { parseExport } from '../support/expected-results';
import { chooseSegmentation } from '../support/rfm-readers';

const browser = useBrowser();

const TIERS = ['at_risk_whale', 'average', 'champion', 'hibernating'];

async function sampleLoaded() {
  const app = await openApp(browser());
  await app.page.click('[data-testid="load-sample"]');
  await waitForState(app.page, 'ready');
  return app;
}

describe('plays for the segments', () => {
  it('shows a play beside every segment and in the reports, and the owner can rewrite one', async () => {
    const { page, errors } = await sampleLoaded();
    const plays = () => page.$$eval('[data-testid="segment-play"]', (items) => Object.fromEntries(items.map((item) => [item.getAttribute('data-segment'), item.textContent])));
    const tiers = await plays();
    expect(Object.keys(tiers).sort()).toEqual(TIERS);
    expect(await page.locator('[data-testid="segment-play"]').count()).toBe(4);
    expect(tiers.champion).toMatch(/^VIP early access never discount/);
    expect(tiers.at_risk_whale).toMatch(/^Personal win-back/);
    expect(tiers.hibernating).toMatch(/^One last try/);
    expect(await page.textContent('[data-testid="revenue-leak"] [data-testid="report-play"]')).toMatch(/Personal win-back/);
    expect(await page.textContent('[data-testid="margin-protection"] [data-testid="report-play"]')).toMatch(/VIP early access/);

    await chooseSegmentation(page, 'rfm');
    const rfm = await plays();
    expect(Object.keys(rfm)).toHaveLength(12);
    expect(rfm.cant_lose_them).toMatch(/^Owner's win-back real gesture/);
    expect(rfm.others).toMatch(/^Regular newsletter/);
    await chooseSegmentation(page, 'tiers');

    // The campaign opens on the At-Risk Whales, with the whole play; a rewritten play shows everywhere and is remembered.
    await page.waitForSelector('[data-testid="campaign"][data-segment="at_risk_whale"] [data-testid="play-card"][data-play="personal_win_back"]');
    await page.click('[data-testid="edit-play"]');
    await page.fill('[data-testid="play-field"][data-field="name"]', 'Call them myself');
    await page.click('[data-testid="save-play"]');
    await expect.poll(() => page.textContent('[data-testid="segment-play"][data-segment="at_risk_whale"]')).toMatch(/^Call them myself/);
    expect(await page.textContent('[data-testid="revenue-leak"] [data-testid="report-play"]')).toMatch(/Call them myself/);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('retention-engine.playbook.v1') ?? 'null'));
    expect(stored).toEqual({ 'tier:at_risk_whale': { name: 'Call them myself' } });
    // The customer export names each customer's play as the page does.
    const exported = parseExport((await downloadCsv(page, '[data-testid="export-customers"]')).text);
    const whale = [...exported.values()].find((row) => row.segment === 'at_risk_whale')!;
    expect(whale.play).toBe('Call them myself');
    await page.click('[data-testid="reset-play"]');
    await expect.poll(() => page.textContent('[data-testid="segment-play"][data-segment="at_risk_whale"]')).toMatch(/^Personal win-back/);
    expect(errors).toEqual([]);
  });
});

describe('win-back drafts from the templates', () => {
  it('drafts a message for each At-Risk Whale of the sample from their own history, with no gaps', async () => {
    const { page, errors } = await sampleLoaded();
    await waitForDrafts(page, 'at_risk_whale');
    // No model in this browser: the templates are the only writer offered.
    expect(await page.$$eval('select[data-testid="draft-writer"] option', (options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual(['template']);
    const whales = parseExport((await downloadCsv(page, '[data-testid="export-segment"][data-segment="at_risk_whale"]')).text);
    const drafts = await readDrafts(page);
    expect(drafts).toHaveLength(10);
    // Biggest spenders first, as the tier's own export lists them.
    expect(drafts.map((draft) => draft.customerId)).toEqual([...whales.keys()].slice(0, 10));
    for (const draft of drafts) {
      const customer = whales.get(draft.customerId)!;
      expect(draft.source).toBe('template');
      expect(draft.sourceText).toMatch(/From the templates/);
      expect(draft.subject).toBe('We miss you');
      expect(draft.body).toContain(`It has been ${customer.recency_days} days since your last order`);
      expect(draft.body).toContain(`You have placed ${customer.frequency} orders with us`);
      // The sample has product descriptions: the last one is named, in words, never as a gap.
      expect(draft.body).toMatch(/Last time you chose [A-Z][a-z]/);
      for (const text of [draft.subject, draft.body, draft.sms]) expect(text).not.toMatch(/undefined|null|\{|\}|\[\[|""|\s[,.]/);
      expect(draft.body).toMatch(/^Hi there,/);
      expect(draft.sms.length).toBeLessThanOrEqual(165);
    }
    expect(errors).toEqual([]);
  });

  it('follows a template edit in the preview, flags a template that does not parse, and keeps the owner’s edit of one draft', async () => {
    const { page, errors } = await sampleLoaded();
    await waitForDrafts(page, 'at_risk_whale');
    const whales = parseExport((await downloadCsv(page, '[data-testid="export-segment"][data-segment="at_risk_whale"]')).text);
    const [first] = await readDrafts(page);
    const days = whales.get(first.customerId)!.recency_days;

    await page.fill('textarea[data-testid="template"][data-part="subject"]', 'Still thinking of you, {first_name|friend}: {days_since}[[ and {country}]]');
    await expect.poll(async () => (await readDrafts(page))[0].subject).toMatch(new RegExp(`^Still thinking of you, friend: ${days} days and [A-Z]`));
    await page.fill('textarea[data-testid="template"][data-part="subject"]', 'Hello {nickname}');
    await page.waitForSelector('[data-testid="template-error"][data-part="subject"]');
    expect(await page.textContent('[data-testid="template-error"]')).toMatch(/unknown field: \{nickname\}/);
    await expect.poll(async () => (await readDrafts(page))[0].subject).toBe('We miss you');

    await page.locator('[data-testid="draft"]').first().locator('[data-testid="edit-draft"]').click();
    await page.fill('[data-testid="draft-edit"][data-part="subject"]', 'A word from the owner');
    await page.click('[data-testid="save-draft"]');
    await page.waitForSelector(`[data-testid="draft"][data-customer-id="${first.customerId}"][data-edited="true"]`);
    expect((await readDrafts(page))[0].subject).toBe('A word from the owner');
    const sheet = await downloadCampaign(page, '[data-testid="export-drafts"]');
    expect(sheet.records.find((row) => row.customer_id === first.customerId)?.subject).toBe('A word from the owner');
    expect(sheet.records).toHaveLength(whales.size);
    expect(errors).toEqual([]);
  });
});
