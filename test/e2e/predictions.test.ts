import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloadCsv } from '../support/app-readers';
import { openApp, uploadText, useBrowser, waitForState } from '../support/browser';
import { parseExport } from '../support/expected-results';
import { regularBuyersCsv } from '../support/regular-buyers';

const browser = useBrowser();

type Attributes = Record<string, string>;

async function attributesOf(page: Page, selector: string): Promise<Attributes[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]))));
}

async function waitForPredictions(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 60_000 });
}

async function modelFit(page: Page, model: 'bgnbd' | 'gamma-gamma'): Promise<Attributes> {
  const [fit] = await attributesOf(page, `[data-testid="model-fit"][data-model="${model}"]`);
  return fit;
}

/** Opens the app on a file made in code and waits for the models to have run. */
async function predictionsFor(csv: string) {
  const app = await openApp(browser());
  await uploadText(app.page, 'orders.csv', csv);
  await waitForState(app.page, 'ready');
  await waitForPredictions(app.page);
  return app;
}

/** YYYY-MM-DD plus `days`, by the calendar (independent of the app's own date helpers). */
function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('predictions on the sample data', () => {
  it('fit both models in the background, validate them on the holdout and rank the lost value', async () => {
    const { page, errors } = await openApp(browser());
    await page.click('[data-testid="load-sample"]');
    await waitForState(page, 'ready');
    await waitForPredictions(page);

    // Plain sentences first: who is unlikely to buy, what customers are worth, and the models against the rule.
    const summary = await page.textContent('[data-testid="predictions-summary"]');
    expect(summary).toMatch(/^The models find [\d,]+ of your 1,000 customers unlikely to buy in the next 30 days, and expect about [\d,.]+ from all of them over the next 12 months/);
    expect(summary).toMatch(/the 90-day rule/);
    expect(await page.getAttribute('[data-testid="prediction-details"]', 'open')).toBeNull();

    const bgnbd = await modelFit(page, 'bgnbd');
    expect(bgnbd).toMatchObject({ 'data-converged': 'true', 'data-time-unit': 'weeks' });
    for (const name of ['data-r', 'data-alpha', 'data-a', 'data-b']) {
      expect(Number(bgnbd[name]), name).toBeGreaterThan(0);
      expect(Number.isFinite(Number(bgnbd[name])), name).toBe(true);
    }
    expect(Number(bgnbd['data-log-likelihood'])).toBeLessThan(0);
    expect(Number(bgnbd['data-customers'])).toBeGreaterThan(500);
    const gammaGamma = await modelFit(page, 'gamma-gamma');
    expect(gammaGamma['data-converged']).toBe('true');
    for (const name of ['data-p', 'data-q', 'data-gamma']) expect(Number(gammaGamma[name]), name).toBeGreaterThan(0);
    expect(Number(gammaGamma['data-customers'])).toBeGreaterThan(0);
    expect(Number(gammaGamma['data-customers'])).toBeLessThan(Number(bgnbd['data-customers']));

    const methods = await attributesOf(page, '[data-testid="churn-validation"] [data-method]');
    expect(methods.map((method) => method['data-method'])).toEqual(['static_rule', 'bgnbd', 'classifier']);
    for (const method of methods) {
      for (const name of ['data-auc', 'data-precision', 'data-recall']) {
        const value = Number(method[name]);
        expect(value >= 0 && value <= 1, `${method['data-method']} ${name} = ${method[name]}`).toBe(true);
      }
    }
    // Every method calls the static rule's number of customers lost: k, shown with the base rate.
    const [churn] = await attributesOf(page, '[data-testid="churn-validation"]');
    const [customers, churned, flagged] = ['data-customers', 'data-churned', 'data-flagged'].map((name) => Number(churn[name]));
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(customers);
    expect(Number(churn['data-base-rate'])).toBeCloseTo(churned / customers, 12);
    const cutOff = await page.textContent('[data-testid="churn-cut-off"]');
    expect(cutOff).toContain(`${Math.round((100 * churned) / customers)}% of these ${customers.toLocaleString('en-US')} customers did not buy`);
    expect(cutOff).toContain(`the same ${flagged.toLocaleString('en-US')} customers lost`);
    // With everyone calling k customers lost, precision × k = recall × churners (the true positives).
    for (const method of methods) {
      expect(Number(method['data-precision']) * flagged).toBeCloseTo(Number(method['data-recall']) * churned, 6);
    }
    expect(await page.textContent('[data-testid="churn-verdict"]')).toMatch(/did not buy in the 30 days after the calibration end/);
    expect(await page.locator('[data-testid="holdout-purchases"] svg').count()).toBeGreaterThan(0);
    expect(await attributesOf(page, '[data-testid="holdout-purchases"] [data-group]')).toHaveLength(8);

    const lost = await page.$$eval('[data-testid="lost-value"] [data-expected-lost-value]', (rows) =>
      rows.map((row) => Number(row.getAttribute('data-expected-lost-value'))),
    );
    expect(lost.length).toBeGreaterThan(10);
    expect(lost).toEqual([...lost].sort((a, b) => b - a));
    expect(errors).toEqual([]);
  });

  it('re-fits when the time unit or the calibration end changes', async () => {
    const { page, errors } = await openApp(browser());
    await page.click('[data-testid="load-sample"]');
    await waitForPredictions(page);
    // The fits are one click away, under the plain summary.
    await page.click('[data-testid="prediction-details"] summary');
    const inWeeks = await modelFit(page, 'bgnbd');

    await page.selectOption('select[data-testid="time-unit"]', 'days');
    await page.waitForSelector('[data-testid="model-fit"][data-model="bgnbd"][data-time-unit="days"]');
    await waitForPredictions(page);
    const inDays = await modelFit(page, 'bgnbd');
    // The same fit in another unit: α scales with the unit, r, a and b do not.
    expect(Number(inDays['data-alpha']) / Number(inWeeks['data-alpha'])).toBeCloseTo(7, 3);
    for (const name of ['data-r', 'data-a', 'data-b']) expect(Number(inDays[name])).toBeCloseTo(Number(inWeeks[name]), 4);
    expect(inDays['data-log-likelihood']).not.toBe(inWeeks['data-log-likelihood']);

    await page.fill('input[data-testid="calibration-end"]', '2011-06-30');
    await page.waitForSelector('[data-testid="model-fit"][data-model="bgnbd"][data-time-unit="days"]');
    await expect.poll(async () => (await modelFit(page, 'bgnbd'))['data-customers']).not.toBe(inDays['data-customers']);
    await waitForPredictions(page);
    expect(Number((await modelFit(page, 'bgnbd'))['data-customers'])).toBeLessThan(Number(inDays['data-customers']));
    expect(await page.textContent('[data-testid="predictions"] h3')).toMatch(/fitted up to 2011-06-30/);
    expect(errors).toEqual([]);
  });

  it('exports the four prediction columns for every customer', async () => {
    const { page } = await openApp(browser());
    await page.click('[data-testid="load-sample"]');
    await waitForPredictions(page);
    const { text } = await downloadCsv(page, '[data-testid="export-customers"]');
    const header = text.split('\r\n')[0].split(',');
    expect(header.slice(0, 5)).toEqual(['customer_id', 'recency_days', 'frequency', 'monetary', 'segment']);
    expect(header.slice(-6)).toEqual(['p_alive', 'p_churn_30d', 'expected_purchases_90d', 'clv_12m', 'next_order_date', 'expected_order_value']);
    const rows = [...parseExport(text).values()];
    expect(rows).toHaveLength(1000);
    // The summary's count is the customers whose chance of no purchase in 30 days is above one half.
    const unlikely = Number(await page.getAttribute('[data-testid="predictions-summary"]', 'data-unlikely-to-buy'));
    expect(unlikely).toBe(rows.filter((row) => Number(row.p_churn_30d) > 0.5).length);
    for (const row of rows) {
      const [pAlive, pChurn, purchases, clv] = [row.p_alive, row.p_churn_30d, row.expected_purchases_90d, row.clv_12m].map(Number);
      expect(pAlive >= 0 && pAlive <= 1 && pChurn >= 0 && pChurn <= 1, row.customer_id).toBe(true);
      expect(purchases >= 0 && clv >= 0, row.customer_id).toBe(true);
      expect([row.p_alive, row.clv_12m].every((cell) => /^\d+\.\d+$/.test(cell)), row.customer_id).toBe(true);
    }
  });
});

describe('predictions on files made in code', () => {
  it('hold out the last 90 days of the file by default', async () => {
    const { csv, lastDate } = regularBuyersCsv();
    const { page, errors } = await predictionsFor(csv);
    const calibrationEnd = shiftDate(lastDate, -90);
    expect(await page.inputValue('input[data-testid="calibration-end"]')).toBe(calibrationEnd);
    expect(await page.getAttribute('input[data-testid="calibration-end"]', 'max')).toBe(lastDate);
    expect(await page.textContent('[data-testid="predictions"] h3')).toBe(`Validation: fitted up to ${calibrationEnd}, checked on the 90 days to ${lastDate}`);
    expect(errors).toEqual([]);
  });

  it('show a fit that did not converge as failed, with its reason and no parameters', async () => {
    const { page, errors } = await predictionsFor(regularBuyersCsv().csv);
    for (const testId of ['model-fit', 'current-model-fit']) {
      const [fit] = await attributesOf(page, `[data-testid="${testId}"][data-model="bgnbd"]`);
      expect(fit['data-converged']).toBe('false');
      expect(Object.keys(fit).filter((name) => ['data-r', 'data-alpha', 'data-a', 'data-b', 'data-log-likelihood'].includes(name))).toEqual([]);
      const card = page.locator(`[data-testid="${testId}"][data-model="bgnbd"]`);
      expect(await card.locator('table').count()).toBe(0);
      expect(await card.textContent()).toMatch(/Did not converge: .+\. No parameters are shown because they would not mean anything\./);
    }
    // Said in plain words first, before the technical reason in the details.
    expect(await page.textContent('[data-testid="unfitted-model"]')).toMatch(/^The purchase model could not be fitted to this shop \(\d+ of \d+ customers came back\)/);
    expect(await page.textContent('[data-testid="validation-problems"]')).toMatch(/BG\/NBD did not converge on the calibration period/);
    expect(await page.getAttribute('[data-testid="lost-value"]', 'data-state')).toBe('unavailable');
    expect(await page.locator('[data-testid="lost-value"] [data-expected-lost-value]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('say there is too little data instead of fitting a file where one customer came back', async () => {
    const csv = `InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
1,A,X,1,1/3/2011 9:00,10.00,ann,UK
2,A,X,1,2/7/2011 9:00,12.00,ann,UK
3,A,X,1,1/20/2011 9:00,8.00,bob,UK
4,A,X,1,5/2/2011 9:00,9.00,cat,UK
5,A,X,1,6/30/2011 9:00,11.00,bob,UK
`;
    const { page, errors } = await predictionsFor(csv);
    expect(await page.textContent('[data-testid="validation-problems"]')).toMatch(
      /Too little data up to the calibration end \(2011-04-01\): only one customer bought on more than one day/,
    );
    expect(await page.locator('[data-testid="model-fit"]').count()).toBe(0);
    expect(await page.locator('[data-testid="churn-validation"]').count()).toBe(0);
    expect(await page.textContent('[data-testid="unfitted-model"]')).toMatch(/^The purchase model could not be fitted to this shop \(2 of 3 customers came back\): too few customers come back/);
    expect(errors).toEqual([]);
  });
});
