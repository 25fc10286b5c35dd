import { CUSTOMER_TABLE_VERSION } from '../../../model/pipeline/customer-table';
import { customerTableQuery } from './customer-table-query';
import type { SqlDialect } from './dialects';

/** The warehouse query with a header that says what it reads and how to keep its result. */
export function warehouseScript(dialect: SqlDialect): string {
  const header = [
    `-- Retention Engine customer table (${CUSTOMER_TABLE_VERSION}) in ${dialect.name} SQL.`,
    `-- Reads a table named orders (rename it below) with one row per order line:`,
    `--   customer_id  text       the customer id or e-mail address (lower-case e-mail addresses first)`,
    `--   order_id     text       the order (invoice) number`,
    `--   ordered_at   ${dialect.types.timestamp.padEnd(10)} the order's date and time, the shop's wall clock`,
    `--   quantity     number     units on the line`,
    `--   unit_price   number     price of one unit`,
    `-- with cancelled, unpaid and test orders already left out. Lines with no customer, no positive`,
    `-- quantity or a negative price are left out here; free lines (price 0) count as a visit only.`,
    `-- Save the result as a table (CREATE TABLE … AS) or export it as Parquet or CSV, then drop the`,
    `-- file on Retention Engine.`,
  ].join('\n');
  return `${header}\n${customerTableQuery(dialect)};\n`;
}
