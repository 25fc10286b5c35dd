/**
 * The cleaning report's vocabulary. A line is counted once, under the first reason that applies,
 * in this order; the rest is kept. engine/load/sql/lines/mapped-lines.ts implements the same order in SQL,
 * engine/sql/order-amounts.ts sets `superseded` after every file is read, and engine/sql/clean.ts
 * `future_date` on lines that would be kept but are dated after the day the analysis runs (unless
 * the user includes them).
 */
export const CLEANING_REASONS = [
  'missing_customer',
  'cancelled',
  'unpaid',
  'non_positive_quantity',
  'non_positive_price',
  'unreadable',
  'superseded',
  'future_date',
] as const;

export type CleaningReason = (typeof CLEANING_REASONS)[number];

/**
 * Reasons only some exports can have (a status column, several files with one amount per order):
 * their count is present only when some line has them, so a report shows only the rows that apply.
 */
export const OCCASIONAL_REASONS = ['unpaid', 'superseded', 'future_date'] as const satisfies readonly CleaningReason[];

type OccasionalReason = (typeof OCCASIONAL_REASONS)[number];

export function isOccasional(reason: string): reason is OccasionalReason {
  return (OCCASIONAL_REASONS as readonly string[]).includes(reason);
}

/**
 * `duplicate` is present only when the user chose to leave out lines identical to an earlier one;
 * it comes after every other reason (a duplicate of a cancelled line is cancelled).
 */
export type CleaningCounts = Record<'rows' | Exclude<CleaningReason, OccasionalReason> | 'kept', number> &
  Partial<Record<OccasionalReason | 'duplicate', number>>;

export const CLEANING_LABELS: Record<'rows' | CleaningReason | 'kept', string> = {
  rows: 'Lines read',
  missing_customer: 'No customer id (guest orders)',
  cancelled: 'Cancelled invoices',
  unpaid: 'Unpaid or failed orders',
  non_positive_quantity: 'Zero or negative quantity',
  non_positive_price: 'Zero or negative price',
  unreadable: 'Unreadable values',
  superseded: 'Orders repeated in a later file (older copy)',
  future_date: 'Dated after today',
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
