/** One order line as the generator produces it, before it is written out as CSV. */
import type { Product } from './catalog';

export interface OrderLine {
  invoiceNo: string;
  stockCode: string;
  description: string;
  quantity: number;
  invoiceDate: string;
  priceCents: number;
  customerId: string;
  country: string;
  /** Emitted twice in a row; never corrupted, so the two copies stay identical. */
  repeated: boolean;
}

/** What every line of one invoice shares. */
export type InvoiceHead = Pick<OrderLine, 'invoiceNo' | 'invoiceDate'>;
/** What varies from line to line besides the product. */
export type LineDetails = Pick<OrderLine, 'quantity' | 'priceCents' | 'customerId' | 'country'>;

// Spelled out rather than spread: object spread dominated the generator's profile.
export function orderLine(invoice: InvoiceHead, product: Product, details: LineDetails): OrderLine {
  return {
    invoiceNo: invoice.invoiceNo,
    stockCode: product.stockCode,
    description: product.description,
    quantity: details.quantity,
    invoiceDate: invoice.invoiceDate,
    priceCents: details.priceCents,
    customerId: details.customerId,
    country: details.country,
    repeated: false,
  };
}
