import { CUSTOMER_TABLE_COLUMNS, CUSTOMER_TABLE_VERSION, historyColumnName, VERSION_COLUMN } from '../../../model/pipeline/customer-table';
import { HISTORY_PERIODS, HOLDOUT_DAYS, type DayOffset, type HistoryField } from '../../../model/pipeline/history-periods';
import { CHURN_WINDOW_DAYS } from '../../../model/predict/customer-history';
import { quoteLiteral } from '../../db/identifiers';
import type { SqlDialect } from './dialects';

/**
 * The customer table from a warehouse's table of order lines, in standard SQL rendered per dialect
 * (dialects.ts): one description, the same steps as the app's own statements. Input: a table
 * `orders` with one row per order line (docs/customer-table.md): customer_id, order_id, ordered_at
 * (the shop's wall-clock time), quantity, unit_price, with cancelled, unpaid and test orders already
 * left out. A line counts as the app counts it: kept with a customer, positive quantity and price;
 * a free line (price 0) still makes a purchase day for the models.
 */
type Sql = (dialect: SqlDialect) => string;

const dateOf = (column: string) => `CAST(${column} AS DATE)`;

const periodDay = (offset: DayOffset): Sql => (d) => (offset.days === 0 ? offset.from : d.addDays(offset.from, offset.days));

/** The steps, as named subqueries. */
const STEPS: readonly [name: string, sql: Sql][] = [
  ['lines', () => `SELECT customer_id, order_id, ordered_at, quantity, unit_price
    FROM orders
    WHERE customer_id IS NOT NULL AND customer_id <> '' AND order_id IS NOT NULL AND order_id <> ''
      AND ordered_at IS NOT NULL AND quantity > 0 AND unit_price >= 0`],
  ['kept', () => `SELECT * FROM lines WHERE unit_price > 0`],
  ['customers', () => `SELECT customer_id, MIN(ordered_at) AS first_purchase_at, MAX(ordered_at) AS last_purchase_at,
      COUNT(DISTINCT order_id) AS frequency, ROUND(SUM(quantity * unit_price), 2) AS monetary
    FROM kept GROUP BY customer_id`],
  ['bounds', (d) => `SELECT ${dateOf('MAX(last_purchase_at)')} AS observation_end, ${d.addDays(dateOf('MAX(last_purchase_at)'), -HOLDOUT_DAYS)} AS calibration_end
    FROM customers`],
  ['earlier', () => `SELECT kept.customer_id, COUNT(DISTINCT kept.order_id) AS prior_frequency,
      ROUND(SUM(kept.quantity * kept.unit_price), 2) AS prior_monetary, MAX(kept.ordered_at) AS prior_last_purchase_at
    FROM kept CROSS JOIN bounds
    WHERE ${dateOf('kept.ordered_at')} <= bounds.calibration_end
    GROUP BY kept.customer_id`],
  ['purchase_days', () => `SELECT customer_id, ${dateOf('ordered_at')} AS purchase_day, SUM(quantity * unit_price) AS day_value
    FROM lines GROUP BY customer_id, ${dateOf('ordered_at')}`],
  ['day_gaps', (d) => `SELECT customer_id, purchase_day, day_value,
      ${d.daysBetween('LAG(purchase_day) OVER (PARTITION BY customer_id ORDER BY purchase_day)', 'purchase_day')} AS gap,
      MIN(purchase_day) OVER (PARTITION BY customer_id) AS first_day
    FROM purchase_days`],
  ['cutoffs', (d) => HISTORY_PERIODS.map((period) =>
    `SELECT ${quoteLiteral(period.id)} AS period, ${periodDay(period.cutoff)(d)} AS cutoff, ${periodDay(period.laterEnd)(d)} AS later_end FROM bounds`,
  ).join('\n    UNION ALL ')],
  ['period_days', () => `SELECT day_gaps.*, cutoffs.period, cutoffs.cutoff, cutoffs.later_end,
      MAX(CASE WHEN day_gaps.purchase_day <= cutoffs.cutoff THEN day_gaps.purchase_day END) OVER (PARTITION BY day_gaps.customer_id, cutoffs.period) AS last_day
    FROM day_gaps CROSS JOIN cutoffs`],
  ['histories', (d) => `SELECT customer_id, period,
      SUM(CASE WHEN purchase_day <= cutoff THEN 1 ELSE 0 END) - 1 AS x,
      ${d.daysBetween('MIN(first_day)', 'MAX(last_day)')} AS tx_days,
      ${d.daysBetween('MIN(first_day)', 'MIN(cutoff)')} AS t_days,
      SUM(CASE WHEN purchase_day <= cutoff THEN day_value ELSE 0 END) AS total_value,
      SUM(CASE WHEN purchase_day <= cutoff AND purchase_day > first_day THEN day_value ELSE 0 END) AS repeat_value,
      MAX(CASE WHEN purchase_day = last_day THEN gap END) AS last_gap_days,
      SUM(CASE WHEN purchase_day <= cutoff AND purchase_day > ${d.addDays('cutoff', -90)} THEN 1 ELSE 0 END) AS recent_purchase_days,
      SUM(CASE WHEN purchase_day > cutoff AND purchase_day <= later_end AND purchase_day <= ${d.addDays('cutoff', CHURN_WINDOW_DAYS)} THEN 1 ELSE 0 END) AS next_purchase_days,
      SUM(CASE WHEN purchase_day > cutoff AND purchase_day <= later_end THEN 1 ELSE 0 END) AS later_purchase_days
    FROM period_days
    GROUP BY customer_id, period
    HAVING MIN(first_day) <= MIN(cutoff)`],
  ['pivoted', (d) => `SELECT customer_id,
      ${HISTORY_PERIODS.flatMap((period) => period.fields.map((field) => `MAX(CASE WHEN period = ${quoteLiteral(period.id)} THEN ${historyValue(field)(d)} END) AS ${historyColumnName(period, field)}`)).join(',\n      ')}
    FROM histories GROUP BY customer_id`],
  ['everyone', () => `SELECT customer_id FROM purchase_days GROUP BY customer_id`],
];

function historyValue(field: HistoryField): Sql {
  if (field === 'zbar') return (d) => `CASE WHEN x > 0 THEN CAST(repeat_value AS ${d.types.double}) / x ELSE 0 END`;
  if (field === 'total_value') return (d) => `CAST(total_value AS ${d.types.double})`;
  return () => field;
}

const FACTS: Record<string, string> = {
  [VERSION_COLUMN]: quoteLiteral(CUSTOMER_TABLE_VERSION),
  customer_id: 'everyone.customer_id',
  email: `CASE WHEN everyone.customer_id LIKE '%@%' THEN everyone.customer_id END`,
  first_purchase_at: 'customers.first_purchase_at',
  last_purchase_at: 'customers.last_purchase_at',
  frequency: 'COALESCE(customers.frequency, 0)',
  monetary: 'COALESCE(customers.monetary, 0)',
  observation_end: 'bounds.observation_end',
  calibration_end: 'bounds.calibration_end',
  prior_frequency: 'COALESCE(earlier.prior_frequency, 0)',
  prior_monetary: 'COALESCE(earlier.prior_monetary, 0)',
  prior_last_purchase_at: 'earlier.prior_last_purchase_at',
};

/** The query, for a dialect; it ends in a SELECT, to be saved as a table or exported. */
export function customerTableQuery(d: SqlDialect): string {
  const steps = STEPS.map(([name, sql]) => `${name} AS (\n    ${sql(d)}\n  )`);
  const columns = CUSTOMER_TABLE_COLUMNS.map((column) => {
    const value = FACTS[column.name] ?? `pivoted.${column.name}`;
    return `CAST(${value} AS ${d.types[column.type]}) AS ${column.name}`;
  });
  return `WITH ${steps.join(',\n  ')}
SELECT ${columns.join(',\n  ')}
FROM everyone
CROSS JOIN bounds
LEFT JOIN customers ON customers.customer_id = everyone.customer_id
LEFT JOIN earlier ON earlier.customer_id = everyone.customer_id
LEFT JOIN pivoted ON pivoted.customer_id = everyone.customer_id
ORDER BY customer_id`;
}
