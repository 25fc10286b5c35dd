import type { LoadPlan } from '../../model/load/load-plan';
import { isLineTotal, type AmountReading, type AmountSpread } from '../../model/load/order-amounts';
import type { Connector } from '../db/connector';
import { amountSpreadSql, COUNT_EVERY_LINE, REPEATED_ORDERS, SUPERSEDE_EARLIER_COPIES } from './sql/order-amounts';

/**
 * Settles what an amount column means once every file is in order_lines (see sql/order-amounts.ts):
 * a line total counts on every line; an order in several files counts once, from the last file.
 * Lines mode (quantity × unit price) has nothing to settle.
 */
export async function settleOrderAmounts(db: Connector, plan: LoadPlan, files: number): Promise<AmountReading | null> {
  if (plan.money !== 'order_amount') return null;
  const spread = await amountSpread(db, 'order_lines');
  const perLine = isLineTotal(spread);
  if (perLine) await db.query(COUNT_EVERY_LINE);
  const [repeated] = files > 1 ? await db.query<{ orders: number }>(REPEATED_ORDERS) : [{ orders: 0 }];
  if (repeated.orders > 0) await db.query(SUPERSEDE_EARLIER_COPIES);
  return { ...spread, perLine, repeatedOrders: repeated.orders };
}

export async function amountSpread(db: Connector, table: 'order_lines' | 'mapping_check'): Promise<AmountSpread> {
  const [row] = await db.query<{ orders_with_several: number; differing: number; example_order: string | null; example_amounts: string | null }>(
    amountSpreadSql(table),
  );
  return { ordersWithSeveral: row.orders_with_several, differing: row.differing, exampleOrder: row.example_order, exampleAmounts: row.example_amounts ? row.example_amounts.split('\x1f') : [] };
}
