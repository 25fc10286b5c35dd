import { normaliseHeader } from '../../../model/load/order-layouts';
import { CUSTOMER_FACT_COLUMNS, CUSTOMER_TABLE_COLUMNS, HISTORY_COLUMNS, type TableColumn } from '../../../model/pipeline/customer-table';
import { quoteIdentifier } from '../../db/identifiers';
import { DUCKDB_TYPES } from '../../pipeline/sql/customer-table';
import { columnName } from './read-source';

/**
 * A customer table is read in two parts: the customers' facts into `customer_table_input` as it is
 * loaded (all the tiers and reports need), the purchase-day histories into `customer_table_histories`
 * when the predictions first ask for them (predict/sql/stored-histories.ts). Columns are found by name
 * in the file's header and cast to their documented types: no text from the file becomes SQL.
 */
export interface TablePart {
  table: 'customer_table_input' | 'customer_table_histories';
  columns: readonly TableColumn[];
}

export const FACTS_PART: TablePart = { table: 'customer_table_input', columns: CUSTOMER_FACT_COLUMNS };

export const HISTORIES_PART: TablePart = {
  table: 'customer_table_histories',
  columns: [CUSTOMER_FACT_COLUMNS.find((column) => column.name === 'customer_id')!, ...HISTORY_COLUMNS],
};

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

const TYPES = new Map(CUSTOMER_TABLE_COLUMNS.map((column) => [normaliseHeader(column.name), DUCKDB_TYPES[column.type]]));

/** The part's columns where a reader with columns by position (c0, c1, …) finds them. */
export function positionalColumns(headers: readonly string[], part: TablePart, encoding: ColumnEncoding): SourceColumn[] {
  const positions = headers.map(normaliseHeader);
  return part.columns.map((column) => {
    const index = positions.indexOf(normaliseHeader(column.name));
    if (index < 0) throw new Error(`invalid customer table: no column ${column.name}`);
    return { name: column.name, source: columnName(index), encoding };
  });
}

/** The SQL type of each column of a header, by position: a documented column's own, VARCHAR for others. */
export function customerTableTypes(headers: readonly string[]): string[] {
  return headers.map((header) => TYPES.get(normaliseHeader(header)) ?? 'VARCHAR');
}

/** Creates the part's table from `from`, or adds to it (a table in several files). */
export function copyColumnsSql(part: TablePart, columns: readonly SourceColumn[], from: string, mode: 'create' | 'insert'): string {
  const select = columns.map((column) => `${columnExpression(column, TYPES.get(normaliseHeader(column.name))!)} AS ${quoteIdentifier(column.name)}`);
  const target = mode === 'create' ? `CREATE OR REPLACE TABLE ${part.table} AS` : `INSERT INTO ${part.table}`;
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
