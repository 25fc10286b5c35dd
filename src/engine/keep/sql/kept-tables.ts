/**
 * What a kept analysis holds: the tables the load writes, each with the query that saves it, from
 * which every other table the app queries is rebuilt (customers and the segment macros by the
 * load's aggregation; predictions, clusters and purchase days on demand). Whole tables, every
 * column: whatever a later stage reads of them, a reopened analysis has.
 */
export const KEPT_TABLES = {
  order_lines: 'FROM order_lines',
  line_details: 'FROM line_details',
  rejected_records: 'FROM rejected_records',
} as const;

export type KeptTable = keyof typeof KEPT_TABLES;
