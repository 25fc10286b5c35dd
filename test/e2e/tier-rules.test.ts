import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { downloadCsv, readReport, readSummary } from '../support/app-readers';
import { openApp, statusText, useBrowser, uploadText, waitForState } from '../support/browser';
import { oracleTotals, parseExport } from '../support/expected-results';
import { oracleAnalysis } from '../support/oracle';
import { cents } from '../support/rfm-readers';
import { showSection } from '../support/sections';
import { ORACLE_SEED_NOTEBOOK, ORACLE_VALUE_ACTIVITY, oracleRuleTotals, type OracleRules } from '../support/tier-rules-oracle';

const browser = useBrowser();
const csv = sampleOrdersCsv({ seed: 99, customers: 300, lines: 9_000, unreadableRate: 0.02 });
const oracle = oracleAnalysis(csv, { valuePercentile: 80, activeDays: 90 });
const customers = [...oracle.customers.values()];
const expected = (rules: OracleRules) => oracleRuleTotals(customers, rules);

const EDITOR = '[data-testid="tier-rules"]';
const rule = (tier: string) => `${EDITOR} [data-testid="tier-rule"][data-tier="${tier}"]`;

async function loaded(hash = '') {
  const app = await openApp(browser(), `${inject('appUrl')}${hash}`);
  await uploadText(app.page, 'dirty.csv', csv);
  await waitForState(app.page, 'ready');
  return app;
}

const rulesInForce = (page: Page) =>
  Promise.all(['revenue-leak', 'margin-protection', 'tier-rules'].map((testId) => page.getAttribute(`[data-testid="${testId}"]`, 'data-rules')));

/** A tier's export: the engine's SQL list for the rules the page resolved. */
async function exportedTier(page: Page, report: 'revenue-leak' | 'margin-protection') {
  const rows = [...parseExport((await downloadCsv(page, `[data-testid="${report}"] > button`)).text).values()];
  return { customers: rows.length, cents: rows.reduce((sum, row) => sum + cents(row.monetary), 0) };
}

describe('tier rules on the page', () => {
  it('apply a preset in one click, name it on both reports and in the address, and list what the engine lists', async () => {
    const { page, errors } = await loaded();
    expect(await rulesInForce(page)).toEqual(['value-activity', 'value-activity', 'value-activity']);
    expect(await page.inputValue('[data-testid="recency-basis"]')).toBe('calendar-days');
    expect(await readSummary(page)).toEqual(expected(ORACLE_VALUE_ACTIVITY()));

    await page.selectOption('[data-testid="tier-rules-preset"]', 'seed-notebook');
    await expect.poll(() => rulesInForce(page)).toEqual(['seed-notebook', 'seed-notebook', 'seed-notebook']);
    expect(await page.inputValue('[data-testid="recency-basis"]')).toBe('elapsed-days');
    await expect.poll(() => new URL(page.url()).hash).toBe('#tier-rules=seed-notebook');
    // The page adds up the rules itself; the engine's lists for the same resolved bounds agree.
    for (const report of ['revenue-leak', 'margin-protection'] as const) {
      const shown = await readReport(page, report);
      expect(shown.customers, report).toBeGreaterThan(0);
      expect(await exportedTier(page, report), report).toEqual({ customers: shown.customers, cents: cents(shown.revenue) });
    }

    // Recency in calendar days: no longer the preset, and what the independent computation gives.
    await page.selectOption('[data-testid="recency-basis"]', 'calendar-days');
    await expect.poll(() => rulesInForce(page)).toEqual(['custom', 'custom', 'custom']);
    expect(await page.inputValue('[data-testid="tier-rules-preset"]')).toBe('custom');
    expect(await readSummary(page)).toEqual(expected(ORACLE_SEED_NOTEBOOK));
    await page.selectOption('[data-testid="recency-basis"]', 'elapsed-days');
    await expect.poll(() => rulesInForce(page)).toEqual(['seed-notebook', 'seed-notebook', 'seed-notebook']);

    // The quick controls write the value-and-activity rules again.
    expect(await page.isVisible('[data-testid="quick-controls-note"]')).toBe(true);
    await page.fill('input[data-testid="value-percentile"]', '60');
    await expect.poll(() => readSummary(page)).toEqual(oracleTotals(oracleAnalysis(csv, { valuePercentile: 60, activeDays: 90 })));
    expect(await rulesInForce(page)).toEqual(['custom', 'custom', 'custom']);
    expect(await page.inputValue('[data-testid="recency-basis"]')).toBe('calendar-days');
    await page.fill('input[data-testid="value-percentile"]', '80');
    await expect.poll(() => rulesInForce(page)).toEqual(['value-activity', 'value-activity', 'value-activity']);
    expect(await page.isVisible('[data-testid="quick-controls-note"]')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('edit a bound, the order (by keyboard), conditions, the fallback and the rules, with what each rule receives', async () => {
    const { page, errors } = await loaded();
    const words = await page.textContent(`${rule('champion')} [data-testid="condition-words"]`);
    expect(words).toBe(`spent at least the 80th percentile (${oracle.valueThreshold.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })})`);
    await expectRules(page, ORACLE_VALUE_ACTIVITY());

    // Champions from the 60th percentile; the At-Risk Whales keep the 80th.
    await page.fill(`${rule('champion')} input[data-field="percentile"]`, '60');
    const wider: OracleRules = {
      ...ORACLE_VALUE_ACTIVITY(),
      rules: [{ tier: 'champion', conditions: [{ measure: 'monetary', comparison: '>=', percentile: 60 }, { measure: 'recency', comparison: '<=', value: 90 }] }, ...ORACLE_VALUE_ACTIVITY().rules.slice(1)],
    };
    await expectRules(page, wider);
    expect(await page.getAttribute(EDITOR, 'data-rules')).toBe('custom');

    // Hibernating to the top, by keyboard: it then takes every quiet customer before the whales can.
    await page.focus('button[aria-label="Move Rule 3 (Hibernating) up"]');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const hibernatingFirst: OracleRules = { ...wider, rules: [wider.rules[2], wider.rules[0], wider.rules[1]] };
    await expectRules(page, hibernatingFirst);
    expect(await page.getAttribute(rule('at_risk_whale'), 'data-standing')).toBe('never-wins');
    expect(await page.textContent(`${rule('at_risk_whale')} [data-testid="never-wins"]`)).toMatch(/never wins: Hibernating takes every customer it could get/);

    // Without conditions Hibernating takes everyone: nothing is left for the rest, nor for the fallback.
    await page.click(`${rule('hibernating')} [data-action="remove-condition"]`);
    await expect.poll(() => page.getAttribute('[data-testid="tier-fallback"]', 'data-standing')).toBe('never-wins');
    for (const tier of ['champion', 'at_risk_whale']) expect(await page.getAttribute(rule(tier), 'data-standing')).toBe('never-wins');
    expect((await readSummary(page)).hibernating.customers).toBe(customers.length);

    // A condition added starts from the median of a measure the rule does not test yet.
    await page.click(`${rule('hibernating')} [data-action="add-condition"]`);
    const medianRecency: OracleRules = { ...hibernatingFirst, rules: [{ tier: 'hibernating', conditions: [{ measure: 'recency', comparison: '>=', percentile: 50 }] }, ...hibernatingFirst.rules.slice(1)] };
    await expectRules(page, medianRecency);

    // Champion as the fallback: its rule goes to Average, the tier that was the fallback.
    await page.selectOption('[data-testid="tier-fallback"] select', 'champion');
    const swapped: OracleRules = { rules: medianRecency.rules.map((one) => (one.tier === 'champion' ? { ...one, tier: 'average' } : one)), fallback: 'champion' };
    await expectRules(page, swapped);

    // Every tier has a rule or is the fallback; remove one and add it back, last.
    expect(await page.isDisabled('[data-testid="add-rule"]')).toBe(true);
    await page.click(`${rule('at_risk_whale')} [data-action="remove-rule"]`);
    expect(await page.textContent('[data-testid="add-rule"]')).toMatch(/At-Risk Whale/);
    await page.click('[data-testid="add-rule"]');
    const readded: OracleRules = { ...swapped, rules: [...swapped.rules.filter((one) => one.tier !== 'at_risk_whale'), { tier: 'at_risk_whale', conditions: [{ measure: 'recency', comparison: '<=', value: 90 }] }] };
    await expectRules(page, readded);
    expect(errors).toEqual([]);
  });

  it('share rules as a JSON file and in the page address, and say why a link or a file cannot be used', async () => {
    const link = '#view=1&tier-rules=1~calendar~average~champion:mgep60,rle90~hibernating:rgt90';
    const linked: OracleRules = {
      rules: [
        { tier: 'champion', conditions: [{ measure: 'monetary', comparison: '>=', percentile: 60 }, { measure: 'recency', comparison: '<=', value: 90 }] },
        { tier: 'hibernating', conditions: [{ measure: 'recency', comparison: '>', value: 90 }] },
      ],
      fallback: 'average',
    };
    const { page, errors } = await loaded(link);
    expect(await rulesInForce(page)).toEqual(['custom', 'custom', 'custom']);
    await expectRules(page, linked);

    const saved = await downloadCsv(page, '[data-testid="save-tier-rules"]');
    expect(saved.name).toBe('tier-rules-custom.json');
    expect(JSON.parse(saved.text)).toMatchObject({ kind: 'retention-engine tier rules', version: 1, fallback: 'average', recencyBasis: 'calendar-days', rules: [
      { tier: 'champion', conditions: [{ measure: 'monetary', comparison: '>=', percentile: 60 }, { measure: 'recency', comparison: '<=', value: 90 }] },
      { tier: 'hibernating', conditions: [{ measure: 'recency', comparison: '>', value: 90 }] },
    ] });

    await page.selectOption('[data-testid="tier-rules-preset"]', 'seed-notebook');
    await expect.poll(() => new URL(page.url()).hash).toBe('#view=1&tier-rules=seed-notebook');
    await page.setInputFiles('[data-testid="open-tier-rules"]', { name: 'rules.json', mimeType: 'application/json', buffer: Buffer.from(saved.text) });
    await expect.poll(() => rulesInForce(page)).toEqual(['custom', 'custom', 'custom']);
    await expectRules(page, linked);
    await expect.poll(() => new URL(page.url()).hash).toBe(link);

    await page.setInputFiles('[data-testid="open-tier-rules"]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "shopping list"}') });
    expect(await page.textContent('[data-testid="rule-file-error"]')).toMatch(/^notes\.json: This is not a tier rule file/);
    await expectRules(page, linked);
    expect(errors).toEqual([]);

    const broken = await openApp(browser(), `${inject('appUrl')}#tier-rules=1~weekly~average`);
    await broken.page.waitForSelector('[data-testid="status"][data-engine="ready"]');
    expect(await statusText(broken.page)).toMatch(/The tier rules in this link cannot be used: "weekly" is not a way of counting recency\. The default rules \(value-activity\) apply\./);
    await broken.page.click('[data-testid="load-sample"]');
    await waitForState(broken.page, 'ready');
    expect(await rulesInForce(broken.page)).toEqual(['value-activity', 'value-activity', 'value-activity']);
  });

  it('lays the rule editor out within the 360 pixels of a small phone', async () => {
    const { page } = await loaded('#tier-rules=seed-notebook');
    await page.setViewportSize({ width: 360, height: 800 });
    // A phone shows one section at a time: the editor's.
    await showSection(page, 'segments');
    // The editor alone, at a phone's width (the page around it is laid out elsewhere).
    await page.$eval(EDITOR, (element) => ((element as HTMLElement).style.width = '360px'));
    const overflowing = await page.$$eval(`${EDITOR}, ${EDITOR} .rule-card, ${EDITOR} .condition`, (elements) =>
      elements.filter((element) => element.scrollWidth > element.clientWidth + 1).map((element) => element.className),
    );
    expect(overflowing).toEqual([]);
    const widest = await page.$eval(EDITOR, (element) => Math.max(...[...element.querySelectorAll('select, input, button')].map((control) => control.getBoundingClientRect().width)));
    expect(widest).toBeLessThanOrEqual(360);
  });
});

/** The summary and each rule's customers are what the independent computation gives for these rules. */
async function expectRules(page: Page, rules: OracleRules) {
  const totals = expected(rules);
  await expect.poll(() => readSummary(page)).toEqual(totals);
  const shown = await page.$$eval(`${EDITOR} [data-testid="tier-rule"]`, (cards) => cards.map((card) => [card.getAttribute('data-tier'), Number(card.getAttribute('data-customers'))]));
  expect(shown).toEqual(rules.rules.map((one) => [one.tier, totals[one.tier].customers]));
  expect(Number(await page.getAttribute('[data-testid="tier-fallback"]', 'data-customers'))).toBe(totals[rules.fallback].customers);
}
