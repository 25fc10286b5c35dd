/**
 * The order-export layouts recognised from a file's header. Matching ignores case, spaces and
 * underscores, so `Customer ID`, `customer_id` and `CustomerID` are the same column.
 */
export type Role = 'invoice' | 'customerId' | 'invoiceDate' | 'quantity' | 'unitPrice';

export interface OrderLayout {
  id: 'online_retail' | 'online_retail_ii';
  name: string;
  /** Normalised header name per role. */
  columns: Record<Role, string>;
  /** strptime formats tried in order; a date matching none is unreadable. */
  dateFormats: readonly string[];
  dateExample: string;
}

export const ROLE_LABELS: Record<Role, string> = {
  invoice: 'invoice number',
  customerId: 'customer id',
  invoiceDate: 'invoice date',
  quantity: 'quantity',
  unitPrice: 'unit price',
};

export const LAYOUTS: readonly OrderLayout[] = [
  {
    id: 'online_retail',
    name: 'Online Retail',
    columns: { invoice: 'invoiceno', customerId: 'customerid', invoiceDate: 'invoicedate', quantity: 'quantity', unitPrice: 'unitprice' },
    dateFormats: ['%m/%d/%Y %H:%M', '%m/%d/%Y %H:%M:%S', '%m/%d/%Y'],
    dateExample: '12/1/2010 8:26',
  },
  {
    id: 'online_retail_ii',
    name: 'Online Retail II',
    columns: { invoice: 'invoice', customerId: 'customerid', invoiceDate: 'invoicedate', quantity: 'quantity', unitPrice: 'price' },
    dateFormats: ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%d'],
    dateExample: '2009-12-01 07:45:00',
  },
];

export function normaliseHeader(name: string): string {
  return name.toLowerCase().replace(/[\s_]+/g, '');
}

export interface RecognisedLayout {
  layout: OrderLayout;
  /** The file's own header name per role, as DuckDB reports it. */
  sourceColumns: Record<Role, string>;
}

export function recogniseLayout(headers: readonly string[]): RecognisedLayout | null {
  const byNormalName = new Map(headers.map((header) => [normaliseHeader(header), header]));
  for (const layout of LAYOUTS) {
    const entries = Object.entries(layout.columns) as [Role, string][];
    if (entries.every(([, normal]) => byNormalName.has(normal))) {
      const sourceColumns = Object.fromEntries(entries.map(([role, normal]) => [role, byNormalName.get(normal)!]));
      return { layout, sourceColumns: sourceColumns as Record<Role, string> };
    }
  }
  return null;
}

/** The message for a header that matches no layout: what was found, what is needed, what to do. */
export function unknownLayoutMessage(headers: readonly string[]): string {
  const found = headers.length ? headers.map((h) => `"${h}"`).join(', ') : 'none';
  return (
    `The columns of this file were not recognised (found: ${found}). ` +
    'Retention Engine needs an order-lines export with these columns: ' +
    'InvoiceNo (or Invoice), CustomerID (or Customer ID), InvoiceDate, Quantity and UnitPrice (or Price), ' +
    'as in the Online Retail and Online Retail II exports. Rename the columns in your file to these names and drop it again.'
  );
}
