import type { ColumnMapping, RoleId } from './column-roles';
import type { LoadPlan } from './load-plan';

/**
 * The export layouts recognised with full confidence from a file's header: the two public Online
 * Retail datasets and the Shopify and WooCommerce order exports. Matching ignores case, accents,
 * spaces and punctuation, so `Customer ID`, `customer_id` and `CustomerID` are the same column.
 * Anything else goes through layout-detection.ts and the mapping screen.
 */
export type LayoutId = 'online_retail' | 'online_retail_ii' | 'shopify' | 'woocommerce' | 'generic' | 'customer_table';

export interface LayoutInfo {
  id: LayoutId;
  name: string;
}

export interface KnownLayout extends LayoutInfo {
  /** Normalised header names per role, the preferred first. */
  columns: Partial<Record<RoleId, readonly string[]>>;
  /** Roles whose column must be present for the layout to be recognised. */
  signature: readonly RoleId[];
  plan: Omit<LoadPlan, 'mapping' | 'decimalSeparator' | 'dropDuplicates'>;
}

const LINES: Pick<LoadPlan, 'money'> = { money: 'lines' };

export const KNOWN_LAYOUTS: readonly KnownLayout[] = [
  {
    id: 'online_retail',
    name: 'Online Retail',
    columns: {
      order_id: ['invoiceno'],
      customer_id: ['customerid'],
      order_date: ['invoicedate'],
      quantity: ['quantity'],
      unit_price: ['unitprice'],
      product: ['description', 'stockcode'],
      country: ['country'],
    },
    signature: ['order_id', 'customer_id', 'order_date', 'quantity', 'unit_price'],
    // Dates like 12/1/2010 8:26 are month first; the whole column still gets checked.
    plan: { ...LINES, dateOrder: 'auto', ambiguousDateOrder: 'mdy', orderFieldsOnFirstLine: false, cancelledPrefix: true },
  },
  {
    id: 'online_retail_ii',
    name: 'Online Retail II',
    columns: {
      order_id: ['invoice'],
      customer_id: ['customerid'],
      order_date: ['invoicedate'],
      quantity: ['quantity'],
      unit_price: ['price'],
      product: ['description', 'stockcode'],
      country: ['country'],
    },
    signature: ['order_id', 'customer_id', 'order_date', 'quantity', 'unit_price'],
    plan: { ...LINES, dateOrder: 'auto', ambiguousDateOrder: 'mdy', orderFieldsOnFirstLine: false, cancelledPrefix: true },
  },
  {
    id: 'shopify',
    name: 'Shopify orders',
    columns: {
      order_id: ['name'],
      customer_id: ['email'],
      order_date: ['createdat'],
      quantity: ['lineitemquantity'],
      unit_price: ['lineitemprice'],
      order_amount: ['total'],
      status: ['financialstatus'],
      cancelled_at: ['cancelledat'],
      product: ['lineitemname', 'lineitemsku'],
      country: ['billingcountry', 'shippingcountry'],
      currency: ['currency'],
    },
    signature: ['order_id', 'customer_id', 'order_date', 'quantity', 'unit_price', 'status'],
    // One row per line item; order-level fields (e-mail, status, totals) only on the order's first row.
    plan: { ...LINES, dateOrder: 'auto', ambiguousDateOrder: 'ask', orderFieldsOnFirstLine: true, cancelledPrefix: false },
  },
  {
    id: 'woocommerce',
    name: 'WooCommerce orders',
    columns: {
      order_id: ['ordernumber', 'orderid'],
      customer_id: ['billingemail', 'customeremail', 'customerid'],
      order_date: ['orderdate'],
      order_amount: ['ordertotal'],
      status: ['status', 'orderstatus'],
      quantity: ['itemquantity'],
      product: ['itemname', 'itemsku', 'sku'],
      country: ['billingcountry', 'shippingcountry'],
      currency: ['ordercurrency', 'currency'],
    },
    signature: ['order_id', 'customer_id', 'order_date', 'order_amount', 'status'],
    // Order-level fields repeat on each item row (or only on the first): the total counts once per order.
    plan: { money: 'order_amount', dateOrder: 'auto', ambiguousDateOrder: 'mdy', orderFieldsOnFirstLine: true, cancelledPrefix: false },
  },
];

export function normaliseHeader(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface RecognisedLayout {
  layout: KnownLayout;
  /** The column index per role. */
  mapping: ColumnMapping;
}

/** The known layout whose signature columns are all in the header, with every role it can fill. */
export function recogniseLayout(headers: readonly string[]): RecognisedLayout | null {
  const normal = headers.map(normaliseHeader);
  for (const layout of KNOWN_LAYOUTS) {
    const mapping: ColumnMapping = {};
    for (const [role, names] of Object.entries(layout.columns) as [RoleId, readonly string[]][]) {
      const index = names.map((name) => normal.indexOf(name)).find((found) => found >= 0);
      if (index !== undefined) mapping[role] = index;
    }
    if (layout.signature.every((role) => mapping[role] !== undefined)) return { layout, mapping };
  }
  return null;
}

/** The message for a header that matches nothing usable: what was found, what is needed, what to do. */
export function unknownLayoutMessage(headers: readonly string[]): string {
  const found = headers.length ? headers.map((h) => `"${h}"`).join(', ') : 'none';
  return (
    `The columns of this file were not recognised (found: ${found}). ` +
    'Retention Engine needs an order export with an order (or invoice) number, a customer id or e-mail, an order date, ' +
    'and either a quantity and unit price per line or an order amount, as in the Online Retail (InvoiceNo, CustomerID, InvoiceDate, Quantity, UnitPrice), ' +
    'Shopify or WooCommerce exports. Choose the columns on the mapping screen, or rename them in your file and drop it again.'
  );
}
