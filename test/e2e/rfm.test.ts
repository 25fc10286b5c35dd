import { describe, expect, it } from 'vitest';
import { rfmBucketInfo, type RfmBucketId } from '../../src/model/segments/rfm-segments';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { downloadCsv, readSummary } from '../support/app-readers';
import { openApp, useBrowser, uploadText, waitForState } from '../support/browser';
import { parseExport } from '../support/expected-results';
import { oracleAnalysis } from '../support/oracle';
import { ORACLE_DEFAULT_RULES, oracleRfmTotals, oracleScores, oracleSegment } from '../support/rfm-oracle';
import { cents, chooseSegmentation } from '../support/rfm-readers';

const browser = useBrowser();

const RFM_SEGMENTS = [
  'champions', 'loyal_customers', 'potential_loyalist', 'new_customers', 'promising', 'need_attention',
  'about_to_sleep', 'at_risk', 'cant_lose_them', 'hibernating', 'lost', 'others',
];

describe('the named RFM segments', () => {
  const csv = sampleOrdersCsv({ seed: 99, customers: 300, lines: 9_000, unreadableRate: 0.02 });
  const oracle = oracleAnalysis(csv, { valuePercentile: 80, activeDays: 90 });
  const customers = [...oracle.customers.values()];

  it('lists all twelve segments, adding up to every customer and all revenue, as computed independently', async () => {
    const { page, errors } = await openApp(browser());
    await uploadText(page, 'dirty.csv', csv);
    await waitForState(page, 'ready');
    expect(await page.inputValue('[data-testid="segmentation"]')).toBe('tiers');
    await chooseSegmentation(page, 'rfm');

    const summary = await readSummary(page);
    expect(Object.keys(summary)).toEqual(RFM_SEGMENTS);
    expect(Object.values(summary).reduce((sum, row) => sum + row.customers, 0)).toBe(customers.length);
    const totalCents = customers.reduce((sum, customer) => sum + cents(customer.monetary), 0);
    expect(Object.values(summary).reduce((sum, row) => sum + cents(row.revenue), 0)).toBe(totalCents);
    expect(summary).toEqual(oracleRfmTotals(customers));
    expect(summary.others.customers).toBeGreaterThan(0);

    // The score boundaries: the values each score covers, as the independent scorer sees them.
    const scores = oracleScores(customers);
    const expectedBounds: Record<string, { low: number; high: number }> = {};
    for (const customer of customers) {
      const score = scores.get(customer.customerId)!;
      const values = { recency: [score.r, customer.recencyDays], frequency: [score.f, customer.frequency], monetary: [score.m, Number(customer.monetary)] };
      for (const [measure, [value, amount]] of Object.entries(values)) {
        const bound = (expectedBounds[`${measure}:${value}`] ??= { low: amount, high: amount });
        bound.low = Math.min(bound.low, amount);
        bound.high = Math.max(bound.high, amount);
      }
    }
    await page.waitForSelector('[data-testid="score-boundaries"] td[data-low]');
    const shownBounds = await page.$$eval('[data-testid="score-boundaries"] td[data-low]', (cells) =>
      Object.fromEntries(cells.map((cell) => [`${cell.dataset.measure}:${cell.dataset.score}`, { low: Number(cell.dataset.low), high: Number(cell.dataset.high) }])),
    );
    expect(shownBounds).toEqual(expectedBounds);

    // The treemap follows the switch: one tile per named segment with customers; the empty ones are named below it.
    const tiles = await page.$$eval('[data-testid="treemap"] [data-segment]', (nodes) => nodes.map((node) => node.getAttribute('data-segment')));
    const filled = RFM_SEGMENTS.filter((segment) => summary[segment].customers > 0);
    expect(tiles.sort()).toEqual([...filled].sort());
    expect(filled.length).toBeLessThan(RFM_SEGMENTS.length);
    const untiled = await page.textContent('[data-testid="treemap-untiled"]');
    for (const segment of RFM_SEGMENTS.filter((id) => !filled.includes(id))) expect(untiled).toContain(rfmBucketInfo(segment as RfmBucketId).label);
    await page.click('[data-testid="treemap"] [data-segment="at_risk"]');
    await page.waitForSelector('[data-testid="selected-segment"][data-segment="at_risk"]');

    await chooseSegmentation(page, 'tiers');
    expect(Object.keys(await readSummary(page))).toEqual(['champion', 'at_risk_whale', 'average', 'hibernating']);
    expect(errors).toEqual([]);
  });

  it('moves customers when a rule is edited, and back when reset', async () => {
    const { page } = await openApp(browser());
    await uploadText(page, 'dirty.csv', csv);
    await waitForState(page, 'ready');
    await chooseSegmentation(page, 'rfm');
    const before = await readSummary(page);

    // Champions with M from 2 instead of 4: recent, frequent customers with middling spend join them.
    await page.selectOption('[data-rule="champions"] [data-bound="m-min"]', '2');
    const widened = ORACLE_DEFAULT_RULES.map((rule) => (rule.segment === 'champions' ? { ...rule, m: [2, 5] as [number, number] } : rule));
    const expected = oracleRfmTotals(customers, widened);
    expect(expected.champions.customers).toBeGreaterThan(before.champions.customers);
    await expect.poll(() => readSummary(page)).toEqual(expected);
    await waitForState(page, 'ready');
    expect(await page.textContent('[data-testid="status"]')).toMatch(/Updated the RFM segments/);

    // The export uses the edited rules too.
    const exported = parseExport((await downloadCsv(page, '[data-testid="export-segment"][data-segment="champions"]')).text);
    expect(exported.size).toBe(expected.champions.customers);
    expect(new Set([...exported.values()].map((row) => row.rfm_segment))).toEqual(new Set(['champions']));

    await page.click('[data-testid="reset-rules"]');
    await expect.poll(() => readSummary(page)).toEqual(before);
  });

  it('exports the scores and named segment of every customer, in both modes, matching an independent scorer', async () => {
    const { page } = await openApp(browser());
    await uploadText(page, 'dirty.csv', csv);
    await waitForState(page, 'ready');
    const scores = oracleScores(customers);
    const expected = new Map(
      [...scores].map(([id, { r, f, m }]) => [id, { r_score: String(r), f_score: String(f), m_score: String(m), rfm_segment: oracleSegment({ r, f, m }) }]),
    );
    const pick = (text: string) =>
      new Map([...parseExport(text)].map(([id, row]) => [id, { r_score: row.r_score, f_score: row.f_score, m_score: row.m_score, rfm_segment: row.rfm_segment }]));

    const inTiers = await downloadCsv(page, '[data-testid="export-customers"]');
    expect(inTiers.text.startsWith('customer_id,recency_days,frequency,monetary,segment,first_purchase_date,last_purchase_date,r_score,f_score,m_score,rfm_segment')).toBe(true);
    expect(pick(inTiers.text)).toEqual(expected);

    await chooseSegmentation(page, 'rfm');
    const inRfm = await downloadCsv(page, '[data-testid="export-customers"]');
    expect(pick(inRfm.text)).toEqual(expected);
    const atRisk = await downloadCsv(page, '[data-testid="export-segment"][data-segment="at_risk"]');
    expect(atRisk.name).toMatch(/at_risk/);
    expect([...pick(atRisk.text).keys()].sort()).toEqual([...expected].filter(([, row]) => row.rfm_segment === 'at_risk').map(([id]) => id).sort());
  });
});
