/**
 * What a column of an order export can mean to the analysis. A mapping gives each role the index of
 * the file's column that plays it (columns are addressed by position, so no user text ever becomes
 * an SQL identifier). Money comes either from the lines (quantity × unit price) or from one amount
 * per order, never both.
 */
export const ROLE_IDS = [
  'order_id',
  'customer_id',
  'order_date',
  'quantity',
  'unit_price',
  'order_amount',
  'status',
  'cancelled_at',
  'product',
  'country',
  'currency',
  'email',
] as const;

export type RoleId = (typeof ROLE_IDS)[number];

/** Column index per role; a role left out is not in the file (or not used). */
export type ColumnMapping = Partial<Record<RoleId, number>>;

export type MoneyMode = 'lines' | 'order_amount';

export interface RoleInfo {
  label: string;
  hint: string;
}

export const ROLE_INFO: Record<RoleId, RoleInfo> = {
  order_id: { label: 'Order id', hint: 'invoice or order number; lines with the same id are one order' },
  customer_id: { label: 'Customer', hint: 'customer id or e-mail address' },
  order_date: { label: 'Order date', hint: 'date, or date and time, of the order' },
  quantity: { label: 'Quantity', hint: 'units on the line; leave empty if the price is already the line total' },
  unit_price: { label: 'Unit price', hint: 'price of one unit (or the line total, with no quantity)' },
  order_amount: { label: 'Order amount', hint: 'the order total, counted once per order (a line total, differing between an order’s lines, counts per line)' },
  status: { label: 'Status', hint: 'cancelled, refunded, voided, failed and unpaid orders are left out' },
  cancelled_at: { label: 'Cancelled at', hint: 'a date or yes here means the order was cancelled; empty, no, false or 0 means it was not' },
  product: { label: 'Product', hint: 'product name (or code): campaign messages name what a customer bought; not needed' },
  country: { label: 'Country', hint: 'shown and used in campaign lists; not needed' },
  currency: { label: 'Currency', hint: 'money is shown in it; amounts in several currencies are flagged' },
  email: { label: 'E-mail', hint: 'the customer’s e-mail, when the customer column is an id: campaign lists need it; not needed' },
};

/** The roles an analysis cannot do without, for a money mode. */
export function requiredRoles(money: MoneyMode): RoleId[] {
  return ['order_id', 'customer_id', 'order_date', money === 'lines' ? 'unit_price' : 'order_amount'];
}

/** Required roles that have no column yet. */
export function missingRoles(mapping: ColumnMapping, money: MoneyMode): RoleId[] {
  return requiredRoles(money).filter((role) => mapping[role] === undefined);
}

/** The roles whose columns hold numbers under a money mode: they decide the decimal separator. */
export function numberRoles(money: MoneyMode): RoleId[] {
  return money === 'lines' ? ['quantity', 'unit_price'] : ['order_amount'];
}

/** The roles a money mode ignores, so the mapping screen can grey them out. */
export function unusedRoles(money: MoneyMode): RoleId[] {
  return money === 'lines' ? ['order_amount'] : ['quantity', 'unit_price'];
}

/** Roles that only describe a customer: sharing a column with another role is no slip (an e-mail as the customer, say). */
const DESCRIPTIVE_ROLES: readonly RoleId[] = ['product', 'country', 'email'];

/** Two roles on one column is almost always a slip (except the descriptive roles, which are only shown and written to campaigns). */
export function sharedColumns(mapping: ColumnMapping): { column: number; roles: RoleId[] }[] {
  const byColumn = new Map<number, RoleId[]>();
  for (const role of ROLE_IDS) {
    const column = mapping[role];
    if (column === undefined || DESCRIPTIVE_ROLES.includes(role)) continue;
    byColumn.set(column, [...(byColumn.get(column) ?? []), role]);
  }
  return [...byColumn].filter(([, roles]) => roles.length > 1).map(([column, roles]) => ({ column, roles }));
}
