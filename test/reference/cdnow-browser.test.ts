/**
 * The published CDNOW fits from the transaction log dropped into the built app in Chromium, as a
 * user would: upload, calibration end 1997-09-30, weeks. DuckDB-WASM reads and summarises the file
 * and the worker fits; the page's model-fit elements must carry the published figures.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, uploadText, useBrowser, waitForState } from '../support/browser';
import { CALIBRATION_END, asOnlineRetailCsv, expectPublishedBgNbd, expectPublishedGammaGamma, readTransactions } from './cdnow-reference';

const browser = useBrowser();

/** A model-fit element's data-* attributes: numbers, and `converged` as a boolean. */
async function reportedFit(page: Page, model: 'bgnbd' | 'gamma-gamma') {
  const attributes = await page.$eval(`[data-testid="model-fit"][data-model="${model}"]`, (element) =>
    Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
  );
  const number = (name: string) => Number(attributes[`data-${name}`]);
  return {
    converged: attributes['data-converged'] === 'true',
    customers: number('customers'), logLikelihood: number('log-likelihood'), timeUnit: attributes['data-time-unit'],
    r: number('r'), alpha: number('alpha'), a: number('a'), b: number('b'), p: number('p'), q: number('q'), gamma: number('gamma'),
  };
}

describe('CDNOW in the browser', () => {
  it('shows the published BG/NBD and Gamma-Gamma fits for the 39-week calibration', async () => {
    const { page, errors } = await openApp(browser());
    await uploadText(page, 'cdnow.csv', asOnlineRetailCsv(readTransactions()));
    await waitForState(page, 'ready');
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 60_000 });
    await page.selectOption('select[data-testid="time-unit"]', 'weeks');
    await page.fill('input[data-testid="calibration-end"]', CALIBRATION_END);
    // The fits are one click away, under "How the models were fitted and checked": open it as a user would.
    await page.waitForSelector('[data-testid="predictions"][data-state="ready"] [data-model="bgnbd"][data-customers="2357"]', { timeout: 60_000, state: 'attached' });
    await page.click('[data-testid="prediction-details"] > summary');
    await page.waitForSelector('[data-testid="model-fit"][data-model="bgnbd"][data-customers="2357"]');

    const bgnbd = await reportedFit(page, 'bgnbd');
    expect(bgnbd.timeUnit).toBe('weeks');
    expectPublishedBgNbd(bgnbd);
    expectPublishedGammaGamma(await reportedFit(page, 'gamma-gamma'), 0.005);
    expect(errors).toEqual([]);
  });
});
