import type { TableColumns } from './connector';

/**
 * One column of a `queryColumns` result, as the query that asked for it promises: numbers (a DOUBLE
 * in SQL), or text with no NULL. Anything else is a bug in that query, not in the user's file, so the
 * error names the column for the technical details.
 */
export function numberColumn(columns: TableColumns, name: string): Float64Array {
  const column = columns[name];
  if (!(column instanceof Float64Array)) throw new Error(`invalid query column ${name}: expected numbers`);
  return column;
}

export function textColumn(columns: TableColumns, name: string): string[] {
  const column = columns[name];
  if (column === undefined || column instanceof Float64Array || column.some((value) => value === null)) {
    throw new Error(`invalid query column ${name}: expected text without NULL`);
  }
  return column as string[];
}
