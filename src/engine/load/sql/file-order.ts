/**
 * Lines of one file (parameter: its index) that do not follow the line before them in
 * `order_lines` as the table is scanned. A window with an empty OVER sees the rows in the table's
 * own order (DuckDB's order preservation), so 0 means the file's lines are stored in file order.
 */
export const LINES_OUT_OF_ORDER = `
  SELECT count(*)::INTEGER AS lines
  FROM (SELECT source_row - lag(source_row) OVER () AS step FROM order_lines WHERE source_file = ?)
  WHERE step <> 1`;

/** Every file's lines put back in file order, the files in the order they were read. */
export const SORT_LINES = `CREATE OR REPLACE TABLE order_lines AS SELECT * FROM order_lines ORDER BY source_file, source_row`;
