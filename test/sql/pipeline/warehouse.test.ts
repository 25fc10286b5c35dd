import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pipelineScript } from '../../../src/engine/pipeline/pipeline-script';
import { customerTableQuery } from '../../../src/engine/pipeline/warehouse/customer-table-query';
import { SQL_DIALECTS } from '../../../src/engine/pipeline/warehouse/dialects';
import { CUSTOMER_TABLE_COLUMNS } from '../../../src/model/pipeline/customer-table';
import { sampleOrdersCsv } from '../../../src/model/sample-data/sample-orders';
import { PIPELINE_DIALECTS } from '../../../src/protocol/pipeline';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { loadPaths, type Loaded } from '../../support/pipeline-loads';
import { runPipelineScript } from '../../support/pipeline-run';

const FREE_ITEM = '99990,F,Free gift,1,12/8/2011 10:00,0.00,77777,United Kingdom';
const ORDERS = `${sampleOrdersCsv({ lines: 8_000, customers: 300, seed: 5 })}${FREE_ITEM}\n`;

/** What the warehouse query expects: order lines with cancelled, unpaid and unreadable ones already out. */
const WAREHOUSE_ORDERS = `
  CREATE OR REPLACE TABLE orders AS
  SELECT customer_id, invoice AS order_id, invoiced_at AS ordered_at, quantity, unit_price
  FROM order_lines
  WHERE reason NOT IN ('missing_customer', 'cancelled', 'unpaid', 'unreadable', 'superseded', 'duplicate')`;

describe('the warehouse query in its standard form, on DuckDB', () => {
  let lines: Loaded;
  let scriptTable: string;

  beforeAll(async () => {
    const path = writeFixture('orders.csv', ORDERS);
    lines = await loadPaths([path]);
    const outputDir = await runPipelineScript(await nativeConnector(), pipelineScript(lines.session, 'duckdb').text, path);
    scriptTable = join(outputDir, 'customers.parquet');
    await lines.db.query(WAREHOUSE_ORDERS);
    await lines.db.query(`CREATE OR REPLACE TABLE warehouse_table AS ${customerTableQuery(SQL_DIALECTS.duckdb)}`);
  });

  it('has the documented columns, in order', async () => {
    const columns = await lines.db.query<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE warehouse_table)`);
    expect(columns.map((column) => column.column_name)).toEqual(CUSTOMER_TABLE_COLUMNS.map((column) => column.name));
  });

  it('gives every customer exactly the row the pipeline script gives', async () => {
    const compare = (left: string, right: string) => `SELECT count(*)::INTEGER AS rows FROM (SELECT * FROM ${left} EXCEPT ALL SELECT * FROM ${right})`;
    const [{ customers }] = await lines.db.query<{ customers: number }>('SELECT count(*)::INTEGER AS customers FROM warehouse_table');
    await lines.db.query(`CREATE OR REPLACE TABLE script_table AS SELECT * FROM read_parquet(?)`, [scriptTable]);
    const [{ rows: missing }] = await lines.db.query<{ rows: number }>(compare('script_table', 'warehouse_table'));
    const [{ rows: extra }] = await lines.db.query<{ rows: number }>(compare('warehouse_table', 'script_table'));
    expect(customers).toBeGreaterThan(lines.result.customers);
    expect({ missing, extra }).toEqual({ missing: 0, extra: 0 });
  });
});

describe('the warehouse query per dialect', () => {
  it.each(PIPELINE_DIALECTS.filter((dialect) => dialect !== 'duckdb'))('%s matches its golden file', async (dialect) => {
    const golden = readFileSync(join(import.meta.dirname, 'golden', `${dialect}.sql`), 'utf8');
    const { text, fileName } = pipelineScript(null as never, dialect);
    expect(fileName).toBe(`customer-table-${dialect}.sql`);
    expect(text).toBe(golden);
  });

  it('duckdb matches its golden file (the standard form tested above)', () => {
    const golden = readFileSync(join(import.meta.dirname, 'golden', 'duckdb.sql'), 'utf8');
    expect(`${customerTableQuery(SQL_DIALECTS.duckdb)};\n`).toBe(golden);
  });
});
