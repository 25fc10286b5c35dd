import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { quoteLiteral } from '../../../src/engine/db/identifiers';
import { pipelineScript } from '../../../src/engine/pipeline/pipeline-script';
import { UNAVAILABLE_FROM_CUSTOMER_TABLE } from '../../../src/model/pipeline/unavailable-features';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { loadChosen, loadPaths, predictAndExport, type Loaded } from '../../support/pipeline-loads';
import { runPipelineScript } from '../../support/pipeline-run';

// A generated shop with unreadable values, plus a customer whose only purchase is a free item (in the
// models' histories, not in the tiers) and one who buys free items besides paid ones.
const FREE_ITEMS = ['99990,F,Free gift,1,12/8/2011 10:00,0.00,77777,United Kingdom', '99991,F,Free gift,1,11/2/2011 10:00,0.00,12347,United Kingdom'];
// And a line dated after the day the app and the script run, left out by both.
const FUTURE = '99992,F,Mug,1,1/1/2099 10:00,2.00,12347,United Kingdom';
const ORDERS = `${sampleOrdersCsv({ lines: 12_000, customers: 400, unreadableRate: 0.002, seed: 7 })}${[...FREE_ITEMS, FUTURE].join('\n')}\n`;

describe('the pipeline script on a generated order file', () => {
  let lines: Loaded;
  let table: Loaded;
  let outputDir: string;

  beforeAll(async () => {
    const path = writeFixture('orders.csv', ORDERS);
    lines = await loadPaths([path]);
    const script = pipelineScript(lines.session, 'duckdb').text;
    outputDir = await runPipelineScript(await nativeConnector(), script, path, true);
    table = await loadPaths([join(outputDir, 'customers.parquet'), join(outputDir, 'cleaning.csv')]);
  });

  it('loads as a customer table with the same customers, dates and cleaning report', () => {
    expect(table.result.source).toBe('customer-table');
    expect(lines.result.source).toBe('lines');
    expect(table.result.customers).toBe(lines.result.customers);
    expect([table.result.firstDate, table.result.lastDate, table.result.defaultReferenceDate]).toEqual([
      lines.result.firstDate, lines.result.lastDate, lines.result.defaultReferenceDate,
    ]);
    expect(table.result.counts).toEqual(lines.result.counts);
    expect(table.result.counts.unreadable).toBeGreaterThan(0);
    expect(table.result.counts.future_date).toBe(1);
    expect(table.result.tierCells).toEqual(lines.result.tierCells);
  });

  it('names what a customer table cannot show, and the cleaning report is not among them when given', () => {
    expect(lines.result.unavailable).toEqual([]);
    expect(table.result.unavailable).toContain('cohorts');
    expect(table.result.unavailable).toContain('invoices');
    expect(table.result.unavailable).not.toContain('cleaning');
    expect(Object.keys(UNAVAILABLE_FROM_CUSTOMER_TABLE)).toContain('cleaning');
  });

  it('gives every customer the same tier, scores, predictions and export as the lines', async () => {
    const fromLines = await predictAndExport(lines);
    const fromTable = await predictAndExport(table);
    expect(fromLines.prediction.current.fits?.bgnbd.converged).toBe(true);
    expect(fromTable.csv).toBe(fromLines.csv);
    expect(fromTable.prediction.current.fits).toEqual(fromLines.prediction.current.fits);
    expect(fromTable.prediction.current.lostValue).toEqual(fromLines.prediction.current.lostValue);
    expect(fromTable.prediction.validation).toEqual(fromLines.prediction.validation);
    expect(fromLines.prediction.validation.churn?.methods.map((method) => method.method)).toContain('classifier');
  });

  it('refuses predictions for dates the table was not made for, in words', async () => {
    const { Predictor } = await import('../../../src/engine/predict/predictor');
    const segment = { referenceDate: table.result.defaultReferenceDate, valuePercentile: 80, activeDays: 90 };
    const settings = { calibrationEnd: '2011-06-30', unit: 'weeks' as const, monthlyDiscountRate: 0.01 };
    await expect(new Predictor(table.db, () => table.session.source()).predict(segment, settings, 5)).rejects.toThrow(/Not available from a customer table/);
  });

  it('reads customers.parquet chosen in a browser (column by column in JavaScript) to the same customers, predictions and export', async () => {
    const chosen = await loadChosen([join(outputDir, 'customers.parquet'), join(outputDir, 'cleaning.csv')]);
    expect(chosen.result.source).toBe('customer-table');
    expect(chosen.result.tierCells).toEqual(lines.result.tierCells);
    expect(chosen.result.counts).toEqual(lines.result.counts);
    const [fromLines, fromChosen] = [await predictAndExport(lines), await predictAndExport(chosen)];
    expect(fromChosen.csv).toBe(fromLines.csv);
    expect(fromChosen.prediction.current.fits).toEqual(fromLines.prediction.current.fits);
    expect(fromChosen.prediction.validation).toEqual(fromLines.prediction.validation);
  });

  it('writes customers.csv, which loads to the same customers as customers.parquet', async () => {
    const fromCsv = await loadPaths([join(outputDir, 'customers.csv')]);
    expect(fromCsv.result.source).toBe('customer-table');
    expect(fromCsv.result.unavailable).toContain('cleaning');
    expect((await predictAndExport(fromCsv)).csv).toBe((await predictAndExport(table)).csv);
  });

  it('stops at a CSV customer table with a value that does not fit its column, rather than leaving the customer out', async () => {
    const [header, first, ...rest] = readFileSync(join(outputDir, 'customers.csv'), 'utf8').split('\n');
    const fields = first.split(',');
    fields[header.split(',').indexOf('last_purchase_at')] = 'yesterday';
    const bad = writeFixture('customers.csv', [header, fields.join(','), ...rest].join('\n'));
    await expect(loadPaths([bad])).rejects.toThrow(/yesterday/);
  });

  it('keeps the free-item customer in the models but out of the tiers', async () => {
    const [row] = await table.db.query<{ x: number; frequency: number }>(
      `SELECT x, frequency FROM read_parquet(?) WHERE customer_id = '77777'`, [join(outputDir, 'customers.parquet')],
    );
    expect(row).toEqual({ x: 0, frequency: 0 });
    const [{ customers }] = await table.db.query<{ customers: number }>(`SELECT count(*)::INTEGER AS customers FROM customers WHERE customer_id = '77777'`);
    expect(customers).toBe(0);
  });
});

describe('the pipeline script on a folder of monthly Parquet files', () => {
  it('reads them by glob to the customers the app gets from the same files', async () => {
    const db = await nativeConnector();
    const csvPath = writeFixture('orders.csv', sampleOrdersCsv({ lines: 6_000, customers: 250, seed: 11 }));
    const folder = dirname(writeFixture('placeholder.txt', ''));
    await db.query(`CREATE TABLE raw AS SELECT * FROM read_csv(?, all_varchar = true)`, [csvPath]);
    const [{ months }] = await db.query<{ months: number }>(
      `SELECT count(DISTINCT regexp_extract(InvoiceDate, '^(\\d+)/', 1))::INTEGER AS months FROM raw`,
    );
    const paths: string[] = [];
    for (let month = 1; month <= 12; month++) {
      const path = join(folder, `orders-${String(month).padStart(2, '0')}.parquet`);
      await db.query(`COPY (SELECT * FROM raw WHERE InvoiceDate LIKE ? ORDER BY rowid) TO ${quoteLiteral(path)} (FORMAT parquet)`, [`${month}/%`]);
      paths.push(path);
    }
    expect(months).toBe(12);
    const lines = await loadPaths(paths);
    const script = pipelineScript(lines.session, 'duckdb').text;
    expect(script).toContain('read_parquet');
    const outputDir = await runPipelineScript(await nativeConnector(), script, join(folder, 'orders-*.parquet'));
    const table = await loadPaths([join(outputDir, 'customers.parquet'), join(outputDir, 'cleaning.csv')]);
    expect(table.result.counts).toEqual(lines.result.counts);
    const [fromLines, fromTable] = [await predictAndExport(lines), await predictAndExport(table)];
    expect(fromTable.csv).toBe(fromLines.csv);
    expect(fromTable.prediction.validation).toEqual(fromLines.prediction.validation);
  });
});
