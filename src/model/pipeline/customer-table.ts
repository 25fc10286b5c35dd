import { HISTORY_PERIODS, type HistoryField, type HistoryPeriod } from './history-periods';

/**
 * The customer table, version 1: one row per customer with everything the app's features read once
 * the lines are added up (docs/customer-table.md describes every column). The pipeline script and the
 * warehouse queries write it; the app recognises it by its first column and loads it instead of lines.
 */
export const CUSTOMER_TABLE_VERSION = 'v1';
/** The first column's name; every row holds the version. */
export const VERSION_COLUMN = 'retention_engine_customer_table';

/** How a column is written: text; timestamps and dates ISO; money exact to the cent. */
export type ColumnType = 'text' | 'timestamp' | 'date' | 'integer' | 'money' | 'double';

export interface TableColumn {
  name: string;
  type: ColumnType;
  meaning: string;
}

/** What the table says about each customer apart from the histories: all the tiers and reports need. */
export const CUSTOMER_FACT_COLUMNS: readonly TableColumn[] = [
  { name: VERSION_COLUMN, type: 'text', meaning: `the format version, \`${CUSTOMER_TABLE_VERSION}\` on every row` },
  { name: 'customer_id', type: 'text', meaning: 'the customer id as the app reads it (blank ids are guest orders and are left out; e-mail addresses in lower case)' },
  { name: 'email', type: 'text', meaning: 'the customer id when it is an e-mail address, else empty' },
  { name: 'first_purchase_at', type: 'timestamp', meaning: 'the first kept order line; empty for a customer whose only purchases were free items' },
  { name: 'last_purchase_at', type: 'timestamp', meaning: 'the last kept order line; recency counts from it' },
  { name: 'frequency', type: 'integer', meaning: 'distinct orders among the kept lines; 0 for a customer known only from free items' },
  { name: 'monetary', type: 'money', meaning: 'Σ quantity × unit price of the kept lines, rounded to the cent' },
  { name: 'observation_end', type: 'date', meaning: 'the last day of data (the day before the default reference date); the same on every row' },
  { name: 'calibration_end', type: 'date', meaning: `the validation's calibration end (the last 90 days held out); the same on every row` },
  { name: 'prior_frequency', type: 'integer', meaning: 'frequency counting only orders up to the calibration end (the earlier period, for migration between periods)' },
  { name: 'prior_monetary', type: 'money', meaning: 'monetary up to the calibration end' },
  { name: 'prior_last_purchase_at', type: 'timestamp', meaning: 'the last kept line up to the calibration end; empty when the customer had not bought yet' },
];

const FIELD_INFO: Record<HistoryField, { type: ColumnType; meaning: string }> = {
  x: { type: 'integer', meaning: 'x: purchase days after the first, up to the cutoff' },
  tx_days: { type: 'integer', meaning: 't_x: days from the first to the last purchase day' },
  t_days: { type: 'integer', meaning: 'T: days from the first purchase day to the cutoff' },
  zbar: { type: 'double', meaning: 'the mean value of the repeat purchase days (0 when x = 0)' },
  total_value: { type: 'double', meaning: 'the value of every purchase day up to the cutoff' },
  last_gap_days: { type: 'integer', meaning: 'days between the last two purchase days; empty when x = 0' },
  recent_purchase_days: { type: 'integer', meaning: 'purchase days in the 90 days up to the cutoff' },
  next_purchase_days: { type: 'integer', meaning: 'purchase days in the 30 days after the cutoff' },
  later_purchase_days: { type: 'integer', meaning: 'purchase days after the cutoff up to the observation end (the holdout)' },
};

export function historyColumnName(period: HistoryPeriod, field: HistoryField): string {
  return `${period.prefix}${field}`;
}

/** The purchase-day histories of every period, which only the predictions read. */
export const HISTORY_COLUMNS: readonly TableColumn[] = HISTORY_PERIODS.flatMap((period) =>
  period.fields.map((field) => ({ name: historyColumnName(period, field), ...FIELD_INFO[field], meaning: `${FIELD_INFO[field].meaning} (${period.id})` })),
);

/** Every column of the table, in order. */
export const CUSTOMER_TABLE_COLUMNS: readonly TableColumn[] = [...CUSTOMER_FACT_COLUMNS, ...HISTORY_COLUMNS];

/** A header is a customer table's when it starts with the version column and holds every column. */
export function isCustomerTableHeader(headers: readonly string[]): boolean {
  const names = new Set(headers.map((name) => name.trim().toLowerCase()));
  return headers[0]?.trim().toLowerCase() === VERSION_COLUMN && CUSTOMER_TABLE_COLUMNS.every((column) => names.has(column.name));
}
