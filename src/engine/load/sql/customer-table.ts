import { VERSION_COLUMN } from '../../../model/pipeline/customer-table';
import { withCustomerScores } from '../../segments/sql/scores';
import { columnName } from './read-source';

/**
 * A customer table (model/pipeline/customer-table.ts), once read into `customer_table_input`
 * (customer-table-columns.ts), becomes the tables the rest of the app reads: `customers` as the
 * lines would have made it, the two dates it was made for, and an empty `order_lines`, so that what
 * needs lines finds none (the page says it is not available).
 */

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

/** order_lines as lines/mapped-lines.ts makes it, with no lines (and line_details too: lines/line-details.ts). */
export const EMPTY_ORDER_LINES = `
  CREATE OR REPLACE TABLE order_lines (
    source_file USMALLINT, source_row BIGINT, line_hash UBIGINT, customer_id VARCHAR, invoice VARCHAR,
    quantity DECIMAL(18, 4), unit_price DECIMAL(18, 6), amount_given BOOLEAN, invoiced_at TIMESTAMP, reason VARCHAR,
    quantity_text VARCHAR, unit_price_text VARCHAR, invoice_date_text VARCHAR, status_text VARCHAR, currency VARCHAR,
    country VARCHAR, email VARCHAR)`;

/** The script's cleaning.csv, read by position: reason, lines. */
export function cleaningReportSql(reader: string): string {
  return `SELECT trim(${columnName(1)}) AS reason, CAST(${columnName(2)} AS INTEGER) AS lines FROM ${reader}`;
}
