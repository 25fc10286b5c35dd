import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { quoteLiteral } from '../../../src/engine/db/identifiers';
import { readParquetTable } from '../../../src/engine/load/read-parquet-table';
import { FACTS_PART, HISTORIES_PART, type TablePart } from '../../../src/engine/load/sql/customer-table-columns';
import { DUCKDB_TYPES } from '../../../src/engine/pipeline/sql/customer-table';
import { CUSTOMER_TABLE_COLUMNS } from '../../../src/model/pipeline/customer-table';
import { InputError } from '../../../src/protocol/errors';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';

// Values at the edges of what the text-free read must keep exact: money past 2^53 cents and below
// zero, timestamps to the microsecond (before 1970 too), doubles that have no short decimal form.
const ROWS = `
  ('v1', 'big@shop.example', 'big@shop.example', TIMESTAMP '1969-12-31 23:59:59.999999', TIMESTAMP '2011-12-09 12:50:00.123457', 41,
   99999999999999.99, DATE '2011-12-09', DATE '2011-09-10', 40, -0.05, TIMESTAMP '2011-09-10 23:59:59.000001', 3, 0.1 / 3, 1e-7),
  ('v1', 'Zoë, "quoted"', NULL, TIMESTAMP '2010-12-01 08:26:00', TIMESTAMP '2010-12-01 08:26:00', 1,
   0.07, DATE '2011-12-09', DATE '2011-09-10', 0, 0.00, NULL, NULL, NULL, NULL)`;
/** Every column in one table, to compare with the source at once. */
const WHOLE: TablePart = { table: 'customer_table_input', columns: CUSTOMER_TABLE_COLUMNS };
const GIVEN = 'retention_engine_customer_table, customer_id, email, first_purchase_at, last_purchase_at, frequency, monetary, observation_end, calibration_end, prior_frequency, prior_monetary, prior_last_purchase_at, x, zbar, total_value';

async function sourceTable(db: Connector): Promise<void> {
  const definition = CUSTOMER_TABLE_COLUMNS.map((column) => `${column.name} ${DUCKDB_TYPES[column.type]}`);
  await db.query(`CREATE TABLE source (${definition.join(', ')})`);
  await db.query(`INSERT INTO source (${GIVEN}) VALUES ${ROWS}`);
}

async function writeParquet(db: Connector, select: string): Promise<Blob> {
  const path = writeFixture('customers.parquet', '');
  await db.query(`COPY (${select}) TO ${quoteLiteral(path)} (FORMAT parquet)`);
  return new Blob([new Uint8Array(readFileSync(path))]);
}

/** Rows of one table missing from the other, compared in SQL in their own types. */
async function differences(db: Connector, read = 'SELECT * FROM customer_table_input'): Promise<number> {
  const [{ rows }] = await db.query<{ rows: number }>(`
    SELECT count(*)::INTEGER AS rows FROM (
      (SELECT * FROM source EXCEPT ALL ${read})
      UNION ALL (${read} EXCEPT ALL SELECT * FROM source))`);
  return rows;
}

describe('a Parquet customer table read column by column', () => {
  let db: Connector;

  beforeAll(async () => {
    db = await nativeConnector();
    await sourceTable(db);
  });

  it('keeps DECIMAL money to the cent and timestamps to the microsecond', async () => {
    await readParquetTable(db, await writeParquet(db, 'SELECT * FROM source'), WHOLE, 'create');
    expect(await differences(db)).toBe(0);
    const rows = await db.query<{ monetary: string; prior_monetary: string; last_purchase_at: string; first_purchase_at: string }>(`
      SELECT monetary::VARCHAR AS monetary, prior_monetary::VARCHAR AS prior_monetary, last_purchase_at::VARCHAR AS last_purchase_at,
             first_purchase_at::VARCHAR AS first_purchase_at
      FROM customer_table_input ORDER BY frequency DESC`);
    expect(rows[0]).toEqual({
      monetary: '99999999999999.99', prior_monetary: '-0.05', last_purchase_at: '2011-12-09 12:50:00.123457', first_purchase_at: '1969-12-31 23:59:59.999999',
    });
    expect(rows[1].monetary).toBe('0.07');
  });

  it('reads the types a warehouse may write instead: wide decimals, 64-bit integers, nanosecond timestamps', async () => {
    const blob = await writeParquet(db, `
      SELECT * REPLACE (monetary::DECIMAL(38, 9) AS monetary, prior_monetary::DECIMAL(9, 2) AS prior_monetary, frequency::BIGINT AS frequency,
                        prior_frequency::DECIMAL(38, 0) AS prior_frequency, last_purchase_at::TIMESTAMP_NS AS last_purchase_at)
      FROM source`);
    await readParquetTable(db, blob, WHOLE, 'create');
    expect(await differences(db)).toBe(0);
  });

  it('reads the customers and their histories apart, each part its own columns', async () => {
    const blob = await writeParquet(db, 'SELECT * FROM source');
    await readParquetTable(db, blob, FACTS_PART, 'create');
    await readParquetTable(db, blob, HISTORIES_PART, 'create');
    const facts = await db.query<{ column_name: string }>('SELECT column_name FROM (DESCRIBE customer_table_input)');
    expect(facts.map((row) => row.column_name)).toContain('monetary');
    expect(facts.map((row) => row.column_name)).not.toContain('cal_x');
    const columns = CUSTOMER_TABLE_COLUMNS.map((column) => column.name).join(', ');
    expect(await differences(db, `SELECT ${columns} FROM customer_table_input JOIN customer_table_histories USING (customer_id)`)).toBe(0);
  });

  it('adds a second file to the first, and an empty text cell is no value', async () => {
    await readParquetTable(db, await writeParquet(db, 'SELECT * FROM source'), WHOLE, 'create');
    await readParquetTable(db, await writeParquet(db, `SELECT * REPLACE ('' AS email, customer_id || '-2' AS customer_id) FROM source`), WHOLE, 'insert');
    const [{ customers, emails }] = await db.query<{ customers: number; emails: number }>(
      'SELECT count(*)::INTEGER AS customers, count(email)::INTEGER AS emails FROM customer_table_input',
    );
    expect({ customers, emails }).toEqual({ customers: 4, emails: 1 });
  });

  it('refuses, in words, a column whose values are not of the documented kind', async () => {
    const blob = await writeParquet(db, 'SELECT * REPLACE (epoch(last_purchase_at)::INTEGER AS last_purchase_at) FROM source');
    const read = readParquetTable(db, blob, WHOLE, 'create');
    await expect(read).rejects.toBeInstanceOf(InputError);
    await expect(read).rejects.toThrow(/"last_purchase_at" of this customer table holds numbers where the format has timestamp values/);
  });
});
