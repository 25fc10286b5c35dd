import type { ColumnType } from '../../../model/pipeline/customer-table';
import type { PipelineDialect } from '../../../protocol/pipeline';

/**
 * What differs between the engines the customer-table query is written for; everything else in it
 * is standard SQL they all accept (CTEs, GROUP BY, CASE, COUNT(DISTINCT), LAG / MAX … OVER, CAST,
 * ROUND, LIKE). Only day arithmetic and type names differ:
 *
 * | dialect   | days from a to b         | a plus n days                  | text    | whole    | money          | timestamp     |
 * |-----------|--------------------------|--------------------------------|---------|----------|----------------|---------------|
 * | duckdb    | date_diff('day', a, b)   | a + n                          | VARCHAR | INTEGER  | DECIMAL(18, 2) | TIMESTAMP     |
 * | bigquery  | DATE_DIFF(b, a, DAY)     | DATE_ADD(a, INTERVAL n DAY)    | STRING  | INT64    | NUMERIC        | DATETIME      |
 * | snowflake | DATEDIFF(day, a, b)      | DATEADD(day, n, a)             | VARCHAR | INTEGER  | NUMBER(18, 2)  | TIMESTAMP_NTZ |
 * | spark     | datediff(b, a)           | date_add(a, n)                 | STRING  | INT      | DECIMAL(18, 2) | TIMESTAMP     |
 *
 * BigQuery's money is NUMERIC (scale 9) holding values rounded to the cent; its DATETIME, like the
 * others' timestamps without time zone, is the shop's wall clock, so a date is the shop's own day.
 */
export interface SqlDialect {
  id: PipelineDialect;
  name: string;
  daysBetween(from: string, to: string): string;
  addDays(date: string, days: number): string;
  types: Record<ColumnType, string>;
}

const DUCKDB: SqlDialect = {
  id: 'duckdb',
  name: 'DuckDB',
  daysBetween: (from, to) => `date_diff('day', ${from}, ${to})`,
  addDays: (date, days) => `(${date} + ${days})`,
  types: { text: 'VARCHAR', timestamp: 'TIMESTAMP', date: 'DATE', integer: 'INTEGER', money: 'DECIMAL(18, 2)', double: 'DOUBLE' },
};

const BIGQUERY: SqlDialect = {
  id: 'bigquery',
  name: 'BigQuery',
  daysBetween: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
  addDays: (date, days) => `DATE_ADD(${date}, INTERVAL ${days} DAY)`,
  types: { text: 'STRING', timestamp: 'DATETIME', date: 'DATE', integer: 'INT64', money: 'NUMERIC', double: 'FLOAT64' },
};

const SNOWFLAKE: SqlDialect = {
  id: 'snowflake',
  name: 'Snowflake',
  daysBetween: (from, to) => `DATEDIFF(day, ${from}, ${to})`,
  addDays: (date, days) => `DATEADD(day, ${days}, ${date})`,
  types: { text: 'VARCHAR', timestamp: 'TIMESTAMP_NTZ', date: 'DATE', integer: 'INTEGER', money: 'NUMBER(18, 2)', double: 'DOUBLE' },
};

const SPARK: SqlDialect = {
  id: 'spark',
  name: 'Spark SQL',
  daysBetween: (from, to) => `datediff(${to}, ${from})`,
  addDays: (date, days) => `date_add(${date}, ${days})`,
  types: { text: 'STRING', timestamp: 'TIMESTAMP', date: 'DATE', integer: 'INT', money: 'DECIMAL(18, 2)', double: 'DOUBLE' },
};

export const SQL_DIALECTS: Record<PipelineDialect, SqlDialect> = { duckdb: DUCKDB, bigquery: BIGQUERY, snowflake: SNOWFLAKE, spark: SPARK };
