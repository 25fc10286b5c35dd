/** Writing an order line as one line of the Online Retail CSV, formatted as the real export is. */
import type { OrderLine } from './order-line';
import type { Garbage } from './unreadable-values';

export const ONLINE_RETAIL_HEADER =
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country';

/** The CSV line for `line`, with `garbage` (if any) written in place of its field. */
export function formatLine(line: OrderLine, garbage: Garbage | undefined): string {
  const spoiled = garbage && csvField(garbage.value);
  const quantity = garbage?.field === 'quantity' ? spoiled : String(line.quantity);
  const price = garbage?.field === 'price' ? spoiled : formatPrice(line.priceCents);
  const date = garbage?.field === 'date' ? spoiled : line.invoiceDate;
  const description = csvField(line.description);
  const country = csvField(line.country);
  return `${line.invoiceNo},${line.stockCode},${description},${quantity},${date},${price},${line.customerId},${country}`;
}

/**
 * RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. Not
 * csvCell from ../csv-format: its formula guard would prefix garbage such as "-" with an apostrophe.
 */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Like the real export: 2.55, 2.1, 18 — never trailing zeros. */
function formatPrice(cents: number): string {
  const whole = Math.floor(cents / 100);
  const fraction = cents % 100;
  if (fraction === 0) return String(whole);
  return fraction % 10 === 0 ? `${whole}.${fraction / 10}` : `${whole}.${String(fraction).padStart(2, '0')}`;
}
