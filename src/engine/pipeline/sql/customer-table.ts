import { CUSTOMER_TABLE_COLUMNS, CUSTOMER_TABLE_VERSION, historyColumnName, VERSION_COLUMN, type ColumnType } from '../../../model/pipeline/customer-table';
import { HISTORY_PERIODS, HOLDOUT_DAYS, type DayOffset } from '../../../model/pipeline/history-periods';
import { CHURN_WINDOW_DAYS } from '../../../model/predict/customer-history';
import { quoteLiteral } from '../../db/identifiers';
import { CUSTOMER_HISTORIES } from '../../predict/sql/purchase-days';
import { bindExpressions } from './bind-expressions';

/**
 * The customer table from the tables the worker builds (`order_lines`, `customers`, `purchase_days`):
 * the histories are the worker's own CUSTOMER_HISTORIES at each period's cutoff, so the models see in
 * the table exactly what they see in the app. The two dates live in DuckDB variables.
 */
export const DUCKDB_TYPES: Record<ColumnType, string> = {
  text: 'VARCHAR',
  timestamp: 'TIMESTAMP',
  date: 'DATE',
  integer: 'INTEGER',
  money: 'DECIMAL(18, 2)',
  double: 'DOUBLE',
};

/** The last day of data and the calibration end, as the app's defaults set them. */
export const SET_TABLE_DATES = [
  `SET VARIABLE observation_end = (SELECT max(last_purchase_date) FROM customers)`,
  `SET VARIABLE calibration_end = getvariable('observation_end') - ${HOLDOUT_DAYS}`,
];

function dayExpression({ from, days }: DayOffset): string {
  return `getvariable(${quoteLiteral(from)}) + ${days}`;
}

/** Every period's histories, one row per customer and period. */
export function customerHistoriesSql(): string {
  const periods = HISTORY_PERIODS.map((period) => {
    const bound = bindExpressions(CUSTOMER_HISTORIES, [dayExpression(period.cutoff), dayExpression(period.laterEnd), String(CHURN_WINDOW_DAYS)]);
    return `SELECT ${quoteLiteral(period.id)} AS period, * FROM (${bound})`;
  });
  return `CREATE OR REPLACE TABLE customer_histories AS\n${periods.join('\nUNION ALL\n')}`;
}

/** What the table says about each customer apart from histories: from the kept lines and `customers`. */
const FACTS: Record<string, string> = {
  [VERSION_COLUMN]: quoteLiteral(CUSTOMER_TABLE_VERSION),
  customer_id: 'everyone.customer_id',
  email: `CASE WHEN contains(everyone.customer_id, '@') THEN everyone.customer_id END`,
  first_purchase_at: 'lines.first_purchase_at',
  last_purchase_at: 'customers.last_purchase_at',
  frequency: 'coalesce(customers.frequency, 0)',
  monetary: 'coalesce(customers.monetary, 0)',
  observation_end: `getvariable('observation_end')`,
  calibration_end: `getvariable('calibration_end')`,
  prior_frequency: 'coalesce(lines.prior_frequency, 0)',
  prior_monetary: 'coalesce(lines.prior_monetary, 0)',
  prior_last_purchase_at: 'lines.prior_last_purchase_at',
};

function historyExpressions(): Record<string, string> {
  return Object.fromEntries(
    HISTORY_PERIODS.flatMap((period) =>
      period.fields.map((field) => [historyColumnName(period, field), `histories.${historyColumnName(period, field)}`]),
    ),
  );
}

function pivotedHistories(): string {
  const columns = HISTORY_PERIODS.flatMap((period) =>
    period.fields.map((field) => `any_value(${field}) FILTER (WHERE period = ${quoteLiteral(period.id)}) AS ${historyColumnName(period, field)}`),
  );
  return `SELECT customer_id, ${columns.join(',\n      ')}\n    FROM customer_histories GROUP BY customer_id`;
}

/**
 * One row per customer: everyone with a kept line (in `customers`) or a purchase day (a customer whose
 * only purchases were free items is in the models' histories, though not in the tiers).
 */
export function customerTableSql(): string {
  const expressions = { ...FACTS, ...historyExpressions() };
  const select = CUSTOMER_TABLE_COLUMNS.map((column) => `CAST(${expressions[column.name]} AS ${DUCKDB_TYPES[column.type]}) AS ${column.name}`);
  return `
  CREATE OR REPLACE TABLE customer_table AS
  WITH everyone AS (SELECT customer_id FROM customers UNION SELECT customer_id FROM purchase_days),
  lines AS (
    SELECT customer_id, min(invoiced_at) AS first_purchase_at,
      count(DISTINCT invoice) FILTER (WHERE invoiced_at::DATE <= getvariable('calibration_end')) AS prior_frequency,
      round(coalesce(sum(quantity * unit_price) FILTER (WHERE invoiced_at::DATE <= getvariable('calibration_end')), 0), 2) AS prior_monetary,
      max(invoiced_at) FILTER (WHERE invoiced_at::DATE <= getvariable('calibration_end')) AS prior_last_purchase_at
    FROM order_lines WHERE reason = 'kept' GROUP BY customer_id
  ),
  histories AS (
    ${pivotedHistories()}
  )
  SELECT ${select.join(',\n    ')}
  FROM everyone
  LEFT JOIN customers USING (customer_id)
  LEFT JOIN lines USING (customer_id)
  LEFT JOIN histories USING (customer_id)
  ORDER BY customer_id`;
}
