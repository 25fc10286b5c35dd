/**
 * Insights as they cross the worker boundary: the customers as of an earlier date, for the page to
 * tier beside the current ones (model/insights/migration.ts), and the ids of the customers a list
 * shows.
 */
import type { AsOfColumns } from '../model/insights/migration';

export type { AsOfColumns };

export interface InsightVerbs {
  /** The customers who had bought before `asOfDate` (YYYY-MM-DD), from the kept lines dated before it. */
  asOfColumns(asOfDate: string): Promise<AsOfColumns>;
  /** Customer ids for positions in LoadResult.customerColumns, in the order asked (at most 1,000). */
  customerIdsAt(positions: number[]): Promise<string[]>;
}
