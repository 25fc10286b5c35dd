import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/engine/db/connector';
import { compressLargeTables, USE_COMPRESSED_MEMORY, WORKING_DATABASE } from '../../../src/engine/db/compressed-memory';
import { aggregateCustomers, loadOrders } from '../../../src/engine/load/load-orders';
import type { LoadResult } from '../../../src/protocol/load';
import { nativeConnector } from '../../support/native-duckdb';
import { writeOrderFile } from '../../support/order-files';

// A file far below the size at which the worker compresses the tables (512 MB): the test lowers it.
const LINES = 200_000;

interface Loaded {
  db: Connector;
  result: LoadResult;
}

let folder: string;
let plain: Loaded;
let compressed: Loaded;
let writtenMegabytes: number;
let compressedSmall: boolean;
let compressedWhenLarge: boolean;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'retention-compressed-'));
  const path = await writeOrderFile(join(folder, 'orders.csv'), { seed: 11, customers: 3_000, lines: LINES });
  const load = async (prepare: (db: Connector) => Promise<unknown>): Promise<Loaded> => {
    const db = await nativeConnector();
    await prepare(db);
    return { db, result: await loadOrders(db, { source: path, fileName: 'orders.csv' }) };
  };
  plain = await load(async () => {});
  compressed = await load((db) => db.query(USE_COMPRESSED_MEMORY));
  writtenMegabytes = await tableMegabytes(compressed.db);
  compressedSmall = await compressLargeTables(compressed.db);
  compressedWhenLarge = await compressLargeTables(compressed.db, 2 ** 20);
}, 60_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function tableMegabytes(db: Connector): Promise<number> {
  const [row] = await db.query<{ bytes: number }>(`SELECT memory_usage_bytes::DOUBLE AS bytes FROM duckdb_memory() WHERE tag = 'IN_MEMORY_TABLE'`);
  return row.bytes / 2 ** 20;
}

// Every column as text: dates and decimals compared exactly, as DuckDB writes them.
const everyCustomer = `SELECT COLUMNS(*)::VARCHAR FROM customers ORDER BY customer_id`;

describe('the compressed in-memory database', () => {
  it('holds the tables the load makes', async () => {
    const [current] = await compressed.db.query<{ name: string }>('SELECT current_database() AS name');
    expect(current.name).toBe(WORKING_DATABASE);
    const [lines] = await compressed.db.query<{ lines: number }>(
      `SELECT estimated_size::INTEGER AS lines FROM duckdb_tables() WHERE database_name = ? AND table_name = 'order_lines'`,
      [WORKING_DATABASE],
    );
    expect(lines.lines).toBe(LINES);
  });

  it('leaves tables as written until asked, and small ones even then', async () => {
    expect(writtenMegabytes).toBeGreaterThan(0.8 * (await tableMegabytes(plain.db)));
    expect(compressedSmall).toBe(false);
  });

  it('keeps the lines in a fraction of the memory once compressed', async () => {
    expect(compressedWhenLarge).toBe(true);
    expect(await tableMegabytes(compressed.db)).toBeLessThan(writtenMegabytes / 3);
  });

  it('gives the same cleaning counts, dates and customers as the plain one', async () => {
    expect({ ...compressed.result, timingsMs: {} }).toEqual({ ...plain.result, timingsMs: {} });
    expect(await compressed.db.query(everyCustomer)).toEqual(await plain.db.query(everyCustomer));
  });

  it('adds up the same customers from the compressed lines', async () => {
    await aggregateCustomers(compressed.db, () => {});
    expect(await compressed.db.query(everyCustomer)).toEqual(await plain.db.query(everyCustomer));
  });
});
