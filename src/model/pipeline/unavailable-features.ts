/**
 * What the app cannot show from a customer table, which holds one row per customer and no lines:
 * each feature names itself here, and the page says so where it would have shown it, instead of
 * showing it empty. docs/customer-table.md lists the same.
 */
export const UNAVAILABLE_FROM_CUSTOMER_TABLE = {
  cleaning: 'the cleaning report (drop the cleaning.csv the script wrote together with the customer table)',
  invoices: "a customer's orders and their lines",
  excludedLines: "the lines of a customer that cleaning left out",
  rejectedLines: 'the download of the lines left out',
  cohorts: 'the monthly cohort chart (it needs every month a customer bought in)',
  products: 'product lists (the table has no per-line products)',
  migration: 'who moved since an earlier date (it needs the dated lines)',
  mapping: 'changing how columns are read, and leaving duplicates out (the script did that)',
  otherPredictionDates: 'predictions for another reference date or calibration end than the table was made for',
} as const;

export type UnavailableFeature = keyof typeof UNAVAILABLE_FROM_CUSTOMER_TABLE;

export function unavailableText(feature: UnavailableFeature): string {
  return `Not available from a customer table: ${UNAVAILABLE_FROM_CUSTOMER_TABLE[feature]}.`;
}
