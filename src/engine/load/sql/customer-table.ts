import { CUSTOMER_TABLE_COLUMNS, historyColumnName, VERSION_COLUMN } from '../../../model/pipeline/customer-table';
import { HISTORY_PERIODS, type HistoryField } from '../../../model/pipeline/history-periods';
import { normaliseHeader } from '../../../model/load/order-layouts';
import { quoteLiteral } from '../../db/identifiers';
import { DUCKDB_TYPES } from '../../pipeline/sql/customer-table';
import { columnName } from './read-source';

/**
 * A customer table (model/pipeline/customer-table.ts) becomes the tables the rest of the app reads:
 * `customers` as the lines would have made it, `customer_histories` for the predictions, the two dates
 * it was made for, and an empty `order_lines`, so that what needs lines finds none (the page says it
 * is not available). Columns are found by name in the file's header and read by position as text,
 * then cast to their documented types: no text from the file becomes SQL.
 */
export function customerTableInputSql(headers: readonly string[], reader: string, mode: 'create' | 'insert'): string {
  const positions = headers.map(normaliseHeader);
  const columns = CUSTOMER_TABLE_COLUMNS.map((column) => {
    const index = positions.indexOf(normaliseHeader(column.name));
    if (index < 0) throw new Error(`invalid customer table: no column ${column.name}`);
    return `CAST(nullif(${columnName(index)}, '') AS ${DUCKDB_TYPES[column.type]}) AS ${column.name}`;
  });
  const target = mode === 'create' ? 'CREATE OR REPLACE TABLE customer_table_input AS' : 'INSERT INTO customer_table_input';
  return `${target} SELECT ${columns.join(', ')} FROM ${reader}`;
}

/** Versions other than the one this app reads, if any. */
export const OTHER_VERSIONS = `
  SELECT DISTINCT ${VERSION_COLUMN} AS version FROM customer_table_input WHERE ${VERSION_COLUMN} IS DISTINCT FROM ?`;

/** The dates, which must be the same on every row. */
export const CREATE_TABLE_DATES = `
  CREATE OR REPLACE TABLE customer_table_dates AS
  SELECT DISTINCT observation_end, calibration_end FROM customer_table_input`;

/** With the worker's column types (load/sql/customers.ts): DECIMAL(38, 2) is what its round(sum(…)) gives. */
export const CUSTOMERS_FROM_TABLE = `
  CREATE OR REPLACE TABLE customers AS
  SELECT customer_id,
         first_purchase_at::DATE AS first_purchase_date,
         last_purchase_at::DATE AS last_purchase_date,
         last_purchase_at,
         frequency,
         monetary::DECIMAL(38, 2) AS monetary
  FROM customer_table_input
  WHERE frequency > 0`;

const STORED_FIELDS: readonly [HistoryField, string][] = [
  ['x', 'INTEGER'],
  ['tx_days', 'INTEGER'],
  ['t_days', 'INTEGER'],
  ['zbar', 'DOUBLE'],
  ['total_value', 'DOUBLE'],
  ['last_gap_days', 'INTEGER'],
  ['recent_purchase_days', 'INTEGER'],
  ['next_purchase_days', 'INTEGER'],
  ['later_purchase_days', 'INTEGER'],
];

/**
 * One row per customer and period that knew the customer (x is set). A field a period does not carry
 * is one its readers never look at, or always 0 (nothing after the cutoff is counted for `now`).
 */
export function customerHistoriesFromTableSql(): string {
  const periods = HISTORY_PERIODS.map((period) => {
    const fields = STORED_FIELDS.map(([field, type]) =>
      period.fields.includes(field) ? `${historyColumnName(period, field)}::${type} AS ${field}` : `0::${type} AS ${field}`,
    );
    return `SELECT ${quoteLiteral(period.id)} AS period, customer_id, ${fields.join(', ')}
    FROM customer_table_input WHERE ${historyColumnName(period, 'x')} IS NOT NULL`;
  });
  return `CREATE OR REPLACE TABLE customer_histories AS\n${periods.join('\n  UNION ALL\n  ')}`;
}

/** order_lines as mapped-lines.ts makes it, with no lines. */
export const EMPTY_ORDER_LINES = `
  CREATE OR REPLACE TABLE order_lines (
    source_file USMALLINT, source_row BIGINT, line_hash UBIGINT, customer_id VARCHAR, invoice VARCHAR,
    quantity DECIMAL(18, 4), unit_price DECIMAL(18, 6), amount_given BOOLEAN, invoiced_at TIMESTAMP, reason VARCHAR,
    quantity_text VARCHAR, unit_price_text VARCHAR, invoice_date_text VARCHAR, status_text VARCHAR, currency VARCHAR,
    product VARCHAR, country VARCHAR, email VARCHAR)`;

/** The script's cleaning.csv, read by position: reason, lines. */
export function cleaningReportSql(reader: string): string {
  return `SELECT trim(${columnName(1)}) AS reason, CAST(${columnName(2)} AS INTEGER) AS lines FROM ${reader}`;
}
