import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleOrdersCsv } from '../../src/model/sample-data/sample-orders';
import { downloadCsv, readCleaningReport } from '../support/app-readers';
import { openApp, uploadText, useBrowser, waitForState } from '../support/browser';
import { nativeConnector, writeFixture } from '../support/native-duckdb';
import { runPipelineScript } from '../support/pipeline-run';

const browser = useBrowser();
const ORDERS = sampleOrdersCsv({ lines: 10_000, customers: 350, unreadableRate: 0.002, seed: 3 });

async function readyWithPredictions(page: Page) {
  await waitForState(page, 'ready');
  await page.waitForSelector('[data-testid="predictions"][data-state="ready"]', { timeout: 60_000 });
}

async function modelFits(page: Page) {
  return page.$$eval('[data-testid="model-fit"]', (fits) => fits.map((fit) => Object.fromEntries([...fit.attributes].map((a) => [a.name, a.value]))));
}

describe('a customer table made by the downloaded pipeline script', () => {
  it('shows the same customers, tiers, scores, predictions and export as the raw lines', async () => {
    const lines = await openApp(browser());
    await uploadText(lines.page, 'orders.csv', ORDERS);
    await readyWithPredictions(lines.page);
    expect(await lines.page.getAttribute('[data-testid="status"]', 'data-source')).toBe('lines');
    const dialects = await lines.page.$$eval('[data-testid="download-pipeline"]', (buttons) => buttons.map((button) => button.getAttribute('data-dialect')));
    expect(dialects).toEqual(['duckdb', 'bigquery', 'snowflake', 'spark']);
    const script = await downloadCsv(lines.page, '[data-testid="download-pipeline"][data-dialect="duckdb"]');
    expect(script.name).toBe('pipeline.sql');
    const warehouse = await downloadCsv(lines.page, '[data-testid="download-pipeline"][data-dialect="snowflake"]');
    expect(warehouse.text).toContain('DATEDIFF(day, ');
    const fromLines = await downloadCsv(lines.page, '[data-testid="export-customers"]');
    const linesCounts = await readCleaningReport(lines.page);
    const linesFits = await modelFits(lines.page);

    const ordersPath = writeFixture('orders.csv', ORDERS);
    const outputDir = await runPipelineScript(await nativeConnector(), script.text, ordersPath);
    const table = await openApp(browser());
    await table.page.setInputFiles('input[data-testid="file-input"]', [
      { name: 'customers.parquet', mimeType: 'application/octet-stream', buffer: readFileSync(join(outputDir, 'customers.parquet')) },
      { name: 'cleaning.csv', mimeType: 'text/csv', buffer: readFileSync(join(outputDir, 'cleaning.csv')) },
    ]);
    await readyWithPredictions(table.page);
    expect(await table.page.getAttribute('[data-testid="status"]', 'data-source')).toBe('customer-table');
    const fromTable = await downloadCsv(table.page, '[data-testid="export-customers"]');
    expect(fromTable.text).toBe(fromLines.text);
    expect(await modelFits(table.page)).toEqual(linesFits);
    const tableCounts = await readCleaningReport(table.page);
    expect(tableCounts).toEqual({ rows: linesCounts.rows, kept: linesCounts.kept });
    const unavailable = await table.page.$$eval('[data-testid="unavailable-features"] [data-feature]', (items) => items.map((item) => item.getAttribute('data-feature')));
    expect(unavailable).toContain('cohorts');
    expect(await table.page.$$('[data-testid="download-pipeline"]')).toHaveLength(0);
    expect(await lines.page.isEditable('[data-testid="calibration-end"]')).toBe(true);
    expect(await lines.page.$$('[data-testid="calibration-fixed"]')).toHaveLength(0);
    expect(await table.page.isEditable('[data-testid="calibration-end"]')).toBe(false);
    expect(await table.page.textContent('[data-testid="calibration-fixed"]')).toContain('Fixed by the customer table');
    expect([...lines.errors, ...table.errors]).toEqual([]);
  });
});
