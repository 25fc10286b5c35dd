import type { Connector } from '../db/connector';
import { LINES_OUT_OF_ORDER, SORT_LINES } from './sql/file-order';

/**
 * Keeps a file's lines in `order_lines` in the file's order (what the rejected-lines download, the
 * examples and every `any_value` over the lines see), after a read that joined each line to its
 * order without sorting (sql/lines/mapped-lines.ts, `checked-after`). DuckDB does not promise a join's
 * order, yet with one thread, as in the browser, the join gives the lines in the order it read
 * them; sorting them anyway cost about a sixth of reading a Shopify export. So the order is
 * checked (a few milliseconds) and the lines sorted only when they are not in order. Returns
 * whether they had to be.
 */
export async function keepFileOrder(db: Connector, fileIndex: number): Promise<boolean> {
  const [outOfOrder] = await db.query<{ lines: number }>(LINES_OUT_OF_ORDER, [fileIndex]);
  if (outOfOrder.lines === 0) return false;
  await db.query(SORT_LINES);
  return true;
}
