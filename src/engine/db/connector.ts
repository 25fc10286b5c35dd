/**
 * The only door to a database. The worker implements it over DuckDB-WASM, the SQL tests over native
 * DuckDB, so both run exactly the same pipeline.
 */
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, unknown>;

export interface Connector {
  /** Runs one statement with `?` parameters and returns plain rows (see plain-rows.ts). */
  query<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /**
   * Runs one statement and returns its columns whole, for results too long to be made into row
   * objects (every customer's history): numbers as Float64Arrays with NaN for NULL, text as arrays.
   * Values must be numbers or text, as with `query`.
   */
  queryColumns(sql: string, params?: readonly SqlValue[]): Promise<TableColumns>;
  /**
   * Creates or replaces table `name` (a name fixed in code) from equally long columns without
   * going through SQL text: string arrays become VARCHAR (null as NULL), Float64Arrays DOUBLE with NaN
   * as NULL.
   */
  writeTable(name: string, columns: TableColumns): Promise<void>;
  /**
   * True when every statement runs on one thread, its rows in the order they were read (DuckDB-WASM
   * without threads): then a sequence numbers a file's lines as a window would, for less.
   */
  readonly sequential?: boolean;
}

export type TableColumns = Record<string, readonly (string | null)[] | Float64Array>;
