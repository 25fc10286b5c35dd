/**
 * The cleaning report's vocabulary. A line is counted once, under the first reason that applies,
 * in this order; the rest is kept. engine/sql/clean.ts implements the same order in SQL.
 */
export const CLEANING_REASONS = [
  'missing_customer',
  'cancelled',
  'non_positive_quantity',
  'non_positive_price',
  'unreadable',
] as const;

export type CleaningReason = (typeof CLEANING_REASONS)[number];

/**
 * `duplicate` is present only when the user chose to leave out lines identical to an earlier one;
 * it comes after every other reason (a duplicate of a cancelled line is cancelled).
 */
export type CleaningCounts = Record<'rows' | CleaningReason | 'kept', number> & { duplicate?: number };

export const CLEANING_LABELS: Record<Exclude<keyof CleaningCounts, 'duplicate'>, string> = {
  rows: 'Lines read',
  missing_customer: 'No customer id (guest orders)',
  cancelled: 'Cancelled invoices',
  non_positive_quantity: 'Zero or negative quantity',
  non_positive_price: 'Zero or negative price',
  unreadable: 'Unreadable values',
  kept: 'Lines kept',
};

export const DUPLICATE_LABEL = 'Duplicate lines left out';

export interface UnreadableDetail {
  /** `fields`: lines the CSV reader set aside (wrong number of fields); the example names a line. */
  field: 'quantity' | 'unitPrice' | 'orderAmount' | 'invoiceDate' | 'orderId' | 'fields';
  lines: number;
  example: string | null;
  /** The file's own name for the column, when the field is one. */
  column?: string;
}
