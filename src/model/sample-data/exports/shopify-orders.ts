/**
 * The sample orders (../sample-orders.ts) as Shopify's orders export writes them: one row per line
 * item, the order's fields (e-mail, status, dates, totals, country) only on its first row. Cancelled
 * invoices become refunded orders; a guest has no e-mail. The benchmark's Shopify-layout files are
 * made with it, and the engine's warm-up reads a small one (engine/load/warm-up.ts): filling each
 * line in from its order's first row runs code an Online Retail file never does.
 */
import { sampleOrderLines, type SampleOptions } from '../sample-orders';

/** The columns of Shopify's orders export the app reads, in Shopify's order and spelling. */
export const SHOPIFY_EXPORT_HEADER =
  'Name,Email,Financial Status,Paid at,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku,Billing Country,Cancelled at';

/** The generated columns: InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country. */
type Fields = [invoice: string, sku: string, name: string, quantity: string, date: string, price: string, customer: string, country: string];

/** The header, then one row per line item of the sample with these options (as many as its lines). Streams lazily. */
export function* shopifyOrderLines(options: SampleOptions): Generator<string> {
  yield SHOPIFY_EXPORT_HEADER;
  let order: Fields[] = [];
  const lines = sampleOrderLines(options);
  lines.next(); // the Online Retail header
  for (const line of lines) {
    const fields = splitCsvLine(line) as Fields;
    if (order.length > 0 && order[0][0] !== fields[0]) {
      yield* shopifyRows(order);
      order = [];
    }
    order.push(fields);
  }
  if (order.length > 0) yield* shopifyRows(order);
}

function* shopifyRows(order: readonly Fields[]): Generator<string> {
  const [invoice, , , , date, , customer, country] = order[0];
  const total = order.reduce((sum, [, , , quantity, , price]) => sum + (Number(quantity) * Number(price) || 0), 0).toFixed(2);
  const status = invoice.startsWith('C') ? 'refunded' : 'paid';
  const createdAt = isoDate(date);
  const email = customer === '' ? '' : `customer${customer.replace(/\.0$/, '')}@example.com`;
  for (const [index, [, sku, name, quantity, , price]] of order.entries()) {
    const head = index === 0 ? [email, status, createdAt, '', 'GBP', total, '0.00', '0.00', total, '', createdAt] : ['', '', '', '', '', '', '', '', '', '', ''];
    const tail = index === 0 ? [country, ''] : ['', ''];
    yield [`#${invoice}`, ...head, quantity, name, price, sku, ...tail].map(csvField).join(',');
  }
}

/** `12/1/2010 8:26` as Shopify writes dates, `2010-12-01 08:26:00 +0000`; anything else (a spoiled value) as it is. */
function isoDate(text: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(text);
  if (!match) return text;
  const [, month, day, year, hour, minute] = match;
  const two = (value: string) => value.padStart(2, '0');
  return `${year}-${two(month)}-${two(day)} ${two(hour)}:${minute}:00 +0000`;
}

/** The fields of one line of RFC 4180 CSV (the generator never writes a line break inside a field). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let at = 0;
  while (at <= line.length) {
    if (line[at] === '"') {
      let value = '';
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (line[quote + 1] === '"') {
          value += line.slice(from, quote + 1);
          from = quote + 2;
        } else {
          value += line.slice(from, quote);
          at = quote + 2;
          break;
        }
      }
      fields.push(value);
    } else {
      const comma = line.indexOf(',', at);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(at, end));
      at = end + 1;
    }
  }
  return fields;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The whole export as one CSV text, each row ending in a line break. */
export function shopifyOrdersCsv(options: SampleOptions): string {
  return [...shopifyOrderLines(options)].join('\n') + '\n';
}
