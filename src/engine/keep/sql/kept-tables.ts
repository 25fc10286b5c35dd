/**
 * What a kept analysis holds: the tables the load writes, from which every other table the app
 * queries is rebuilt (customers and the segment macros by the load's aggregation; predictions,
 * clusters and purchase days on demand).
 */
export const KEPT_TABLES = ['order_lines', 'rejected_records'] as const;

export type KeptTable = (typeof KEPT_TABLES)[number];
