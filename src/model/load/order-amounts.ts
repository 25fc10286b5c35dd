/**
 * What an amount column means. An order total (Shopify `Total`, WooCommerce `order_total`) is the
 * same on every line of its order, or only on the first: it counts once per order. A line total
 * (Superstore `Sales`, `Line Total`) differs between the lines of an order: each line counts. The
 * column decides as a whole, by the orders with several lines that carry an amount: when the amount
 * differs within most of them it is a line total; otherwise it is an order total, and the few orders
 * whose lines disagree are named, since one of their amounts (the first line's) is used.
 */
export interface AmountSpread {
  /** Orders (within one file) with at least two lines that carry their own amount. */
  ordersWithSeveral: number;
  /** Of those, orders whose lines carry different amounts. */
  differing: number;
  /** The first such order and its amounts (at most three). */
  exampleOrder: string | null;
  exampleAmounts: string[];
}

export interface AmountReading extends AmountSpread {
  perLine: boolean;
  /** Orders found in more than one file; each counts once, as the last file has it. */
  repeatedOrders: number;
}

export function isLineTotal({ ordersWithSeveral, differing }: AmountSpread): boolean {
  return differing * 2 > ordersWithSeveral;
}

/** What the mapping screen and the cleaning report say about an amount column whose lines disagree (null when none do). */
export function amountSpreadText(column: string, spread: AmountSpread, scope: string): string | null {
  if (spread.differing === 0) return null;
  const orders = `${spread.differing.toLocaleString('en-US')} of the ${spread.ordersWithSeveral.toLocaleString('en-US')} orders with several lines${scope}`;
  const example = spread.exampleOrder === null ? '' : ` (e.g. order "${spread.exampleOrder}": ${spread.exampleAmounts.join(', ')})`;
  const counted = isLineTotal(spread)
    ? 'so it is read as a line total and every line’s amount is counted.'
    : 'so it is read as an order total and each order counts once, with its first line’s amount; check those orders.';
  return `"${column}" differs between the lines of ${orders}${example}, ${counted}`;
}
