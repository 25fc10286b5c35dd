import { CUSTOMER_TABLE_COLUMNS, VERSION_COLUMN } from '../../../model/pipeline/customer-table';
import { normaliseHeader } from '../../../model/load/order-layouts';
import { quoteIdentifier } from '../../db/identifiers';
import { DUCKDB_TYPES } from '../../pipeline/sql/customer-table';
import { withCustomerScores } from '../../segments/sql/scores';
import { columnName } from './read-source';

/**
 * A customer table (model/pipeline/customer-table.ts) becomes the tables the rest of the app reads:
 * `customers` as the lines would have made it, the two dates it was made for, and an empty
 * `order_lines`, so that what needs lines finds none (the page says it is not available); the
 * predictions read their histories from `customer_table_input` itself (predict/sql/stored-histories.ts).
 * Columns are found by name in the file's header and cast to their documented types: no text from
 * the file becomes SQL.
 */

/**
 * How a source column holds a documented column: `value` in some SQL type (a typed CSV or Parquet
 * read), `text` to be cast, or a count of microseconds or days since 1970 (a Parquet file read
 * column by column in JavaScript: timestamps and dates travel as exact numbers).
 */
export type ColumnEncoding = 'value' | 'text' | 'epoch-micros' | 'epoch-days';

export interface SourceColumn {
  /** The documented column. */
  name: string;
  /** The column of the source that holds it (a name fixed in code: c0, c1, … or the documented name). */
  source: string;
  encoding: ColumnEncoding;
}

/** The documented columns where a reader with columns by position (c0, c1, …) finds them. */
export function positionalColumns(headers: readonly string[], encoding: ColumnEncoding): SourceColumn[] {
  const positions = headers.map(normaliseHeader);
  return CUSTOMER_TABLE_COLUMNS.map((column) => {
    const index = positions.indexOf(normaliseHeader(column.name));
    if (index < 0) throw new Error(`invalid customer table: no column ${column.name}`);
    return { name: column.name, source: columnName(index), encoding };
  });
}

/** The SQL type of each column of a header, by position: a documented column's own, VARCHAR for others. */
export function customerTableTypes(headers: readonly string[]): string[] {
  const types = new Map(CUSTOMER_TABLE_COLUMNS.map((column) => [normaliseHeader(column.name), DUCKDB_TYPES[column.type]]));
  return headers.map((header) => types.get(normaliseHeader(header)) ?? 'VARCHAR');
}

export function customerTableInputSql(columns: readonly SourceColumn[], from: string, mode: 'create' | 'insert'): string {
  const types = new Map(CUSTOMER_TABLE_COLUMNS.map((column) => [column.name, DUCKDB_TYPES[column.type]]));
  const select = columns.map((column) => `${columnExpression(column, types.get(column.name)!)} AS ${quoteIdentifier(column.name)}`);
  const target = mode === 'create' ? 'CREATE OR REPLACE TABLE customer_table_input AS' : 'INSERT INTO customer_table_input';
  return `${target} SELECT ${select.join(', ')} FROM ${from}`;
}

function columnExpression({ source, encoding }: SourceColumn, type: string): string {
  const column = quoteIdentifier(source);
  switch (encoding) {
    case 'text':
      return `CAST(nullif(${column}, '') AS ${type})`;
    case 'epoch-micros':
      return `CAST(make_timestamp(CAST(${column} AS BIGINT)) AS ${type})`;
    case 'epoch-days':
      return `CAST(DATE '1970-01-01' + CAST(${column} AS INTEGER) AS ${type})`;
    case 'value':
      return type === 'VARCHAR' ? `nullif(CAST(${column} AS VARCHAR), '')` : `CAST(${column} AS ${type})`;
  }
}

/** Versions other than the one this app reads, if any. */
export const OTHER_VERSIONS = `
  SELECT DISTINCT ${VERSION_COLUMN} AS version FROM customer_table_input WHERE ${VERSION_COLUMN} IS DISTINCT FROM ?`;

/** The dates, which must be the same on every row. */
export const CREATE_TABLE_DATES = `
  CREATE OR REPLACE TABLE customer_table_dates AS
  SELECT DISTINCT observation_end, calibration_end FROM customer_table_input`;

/**
 * With the worker's column types (load/sql/customers.ts): DECIMAL(38, 2) is what its round(sum(…))
 * gives. The RFM scores are added in the same statement, as a load of lines does: the table is
 * written once.
 */
export const CUSTOMERS_FROM_TABLE = `CREATE OR REPLACE TABLE customers AS ${withCustomerScores(`(
  SELECT customer_id,
         first_purchase_at::DATE AS first_purchase_date,
         last_purchase_at::DATE AS last_purchase_date,
         last_purchase_at,
         frequency,
         monetary::DECIMAL(38, 2) AS monetary
  FROM customer_table_input
  WHERE frequency > 0) AS totals`)}`;

/** order_lines as mapped-lines.ts makes it, with no lines. */
export const EMPTY_ORDER_LINES = `
  CREATE OR REPLACE TABLE order_lines (
    source_file USMALLINT, source_row BIGINT, line_hash UBIGINT, customer_id VARCHAR, invoice VARCHAR,
    quantity DECIMAL(18, 4), unit_price DECIMAL(18, 6), amount_given BOOLEAN, invoiced_at TIMESTAMP, reason VARCHAR,
    quantity_text VARCHAR, unit_price_text VARCHAR, invoice_date_text VARCHAR, status_text VARCHAR, currency VARCHAR)`;

/** The script's cleaning.csv, read by position: reason, lines. */
export function cleaningReportSql(reader: string): string {
  return `SELECT trim(${columnName(1)}) AS reason, CAST(${columnName(2)} AS INTEGER) AS lines FROM ${reader}`;
}
