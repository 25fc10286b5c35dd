import { describe, expect, it } from 'vitest';
import { keepFileOrder } from '../../../src/engine/load/file-order';
import { inspectSources } from '../../../src/engine/load/inspect-sources';
import { sampleDateSpec } from '../../../src/engine/load/read-orders';
import { orderLinesSql } from '../../../src/engine/load/sql/lines/mapped-lines';
import type { Connector } from '../../../src/engine/db/connector';
import { quoteLiteral } from '../../../src/engine/db/identifiers';
import { FIXTURE_FILES } from '../../support/load-fixture';
import { nativeConnector, writeFixture } from '../../support/native-duckdb';
import { SHOPIFY_HEADER } from '../../support/shop-exports';

/** The lines' source_row as the table is scanned (no ORDER BY: the stored order). */
async function storedRows(db: Connector, table = 'order_lines'): Promise<string> {
  const rows = await db.query<{ line: string }>(`SELECT source_file || ':' || source_row AS line FROM ${table}`);
  return rows.map(({ line }) => line).join(' ');
}

describe("keeping a file's lines in file order", () => {
  it('sorts the lines back only when they are stored out of order, every file in turn', async () => {
    const db = await nativeConnector();
    await db.query(`CREATE TABLE order_lines AS SELECT * FROM (VALUES (0::USMALLINT, 1, 'a'), (0, 2, 'b'), (1, 2, 'd'), (1, 1, 'c'), (1, 3, 'e')) AS lines(source_file, source_row, invoice)`);
    expect(await keepFileOrder(db, 0)).toBe(false);
    expect(await storedRows(db)).toBe('0:1 0:2 1:2 1:1 1:3');
    expect(await keepFileOrder(db, 1)).toBe(true);
    expect(await storedRows(db)).toBe('0:1 0:2 1:1 1:2 1:3');
    expect(await db.query('SELECT invoice FROM order_lines')).toEqual(['a', 'b', 'c', 'd', 'e'].map((invoice) => ({ invoice })));
  });
});

/**
 * A Shopify export of 150,000 lines: orders of 1–5 lines, fields on each order's first line, and
 * every 97th order's last line moved to the end of the file (an order's lines not consecutive).
 * Native DuckDB reads it on several threads, so the join may well reorder the lines.
 */
const SHOPIFY_LINES = `
  WITH lines AS (
    SELECT i, i // 3 AS o, i % 3 = 0 AS opens, i % 3 = 2 AS closes FROM range(150000) AS r(i)
  )
  SELECT '#' || o AS "Name",
         CASE WHEN opens THEN 'c' || (o % 7919) || '@example.com' ELSE '' END AS "Email",
         CASE WHEN opens THEN (CASE WHEN o % 11 = 0 THEN 'refunded' ELSE 'paid' END) ELSE '' END AS "Financial Status",
         '' AS "Paid at", '' AS "Fulfillment Status", CASE WHEN opens THEN 'EUR' ELSE '' END AS "Currency",
         '' AS "Subtotal", '' AS "Shipping", '' AS "Taxes", '' AS "Total", '' AS "Discount Code",
         CASE WHEN opens THEN strftime(TIMESTAMP '2024-01-01' + to_minutes(o), '%Y-%m-%d %H:%M:%S +0000') ELSE '' END AS "Created at",
         (1 + i % 4)::VARCHAR AS "Lineitem quantity", 'Item ' || (i % 13) AS "Lineitem name", (2.5 + i % 9)::VARCHAR AS "Lineitem price",
         'SKU-' || (i % 13) AS "Lineitem sku", CASE WHEN opens THEN 'DE' ELSE '' END AS "Billing Country", '' AS "Cancelled at"
  FROM lines
  ORDER BY CASE WHEN closes AND o % 97 = 0 THEN 1 ELSE 0 END, i`;

describe('a Shopify export read without sorting in the statement', () => {
  it('stores exactly the lines, in file order, that the sorted read stores', async () => {
    const db = await nativeConnector();
    const path = writeFixture('shopify-large.csv', '');
    await db.query(`COPY (${SHOPIFY_LINES}) TO ${quoteLiteral(path)} (HEADER, DELIMITER ',')`);
    const inspection = await inspectSources(db, FIXTURE_FILES, [{ fileName: 'orders_export.csv', path }]);
    expect(inspection.preview.headers.join(',')).toBe(SHOPIFY_HEADER);
    const plan = inspection.preview.detection.plan;
    expect(plan.orderFieldsOnFirstLine).toBe(true);
    const [source] = inspection.sources;
    const lines = { reader: source.reader, columns: source.columns, fileIndex: 0 };
    const dates = { spec: sampleDateSpec(inspection.preview, plan), order: 'ymd' as const };
    await db.query('CREATE TABLE rejected_records (source_file USMALLINT, line BIGINT, error VARCHAR, text VARCHAR)');
    await db.query(orderLinesSql(plan, lines, dates, 'create', 'sorted_lines', 'sorted'), [source.registeredName]);
    await db.query(orderLinesSql(plan, lines, dates, 'create', 'order_lines', 'checked-after'), [source.registeredName]);
    await keepFileOrder(db, 0);

    const [difference] = await db.query<{ missing: number; extra: number; lines: number }>(`
      SELECT (SELECT count(*) FROM (FROM sorted_lines EXCEPT ALL FROM order_lines))::INTEGER AS missing,
             (SELECT count(*) FROM (FROM order_lines EXCEPT ALL FROM sorted_lines))::INTEGER AS extra,
             (SELECT count(*) FROM order_lines)::INTEGER AS lines`);
    expect(difference).toEqual({ missing: 0, extra: 0, lines: 150_000 });
    expect(await storedRows(db)).toBe(await storedRows(db, 'sorted_lines'));
    // The moved lines (the file's last ones) still have their order's customer, date and country.
    const moved = await db.query(`SELECT invoice, customer_id AS customer, country, invoiced_at IS NOT NULL AS dated FROM order_lines WHERE source_row = 150000`);
    expect(moved).toEqual([{ invoice: '#49955', customer: `c${49_955 % 7919}@example.com`, country: 'DE', dated: true }]);
  });
});
