/**
 * Which columns the bare engine adds up: the customer, the invoice, quantity and price, and the
 * date with its strptime format. The benchmark knows its files and passes these in the page's
 * address; the bare page does no layout detection of its own.
 */
export interface BareShape {
  columns: number;
  customer: number;
  invoice: number;
  quantity: number;
  price: number;
  date: number;
  dateFormat: string;
}

const INDEXES = ['columns', 'customer', 'invoice', 'quantity', 'price', 'date'] as const;

export function bareShapeQuery(shape: BareShape): string {
  return new URLSearchParams(Object.entries(shape).map(([key, value]) => [key, String(value)])).toString();
}

export function parseBareShape(params: URLSearchParams): BareShape {
  const numbers = Object.fromEntries(
    INDEXES.map((key) => {
      const value = Number(params.get(key));
      if (!Number.isInteger(value) || value < 0) throw new Error(`invalid ${key}: ${params.get(key)}`);
      return [key, value];
    }),
  ) as Record<(typeof INDEXES)[number], number>;
  return { ...numbers, dateFormat: params.get('dateFormat') ?? '%Y-%m-%d %H:%M:%S' };
}

/** One row per customer, as the app's customers table holds them, straight from `reader` (text columns c0 …). */
export function bareCustomersSql({ customer, invoice, quantity, price, date, dateFormat }: BareShape, reader: string): string {
  const format = `'${dateFormat.replaceAll("'", "''")}'`;
  return `
    CREATE OR REPLACE TABLE customers AS
    SELECT c${customer} AS customer_id,
           count(DISTINCT c${invoice})::INTEGER AS frequency,
           round(sum(TRY_CAST(c${quantity} AS DECIMAL(18, 4)) * TRY_CAST(c${price} AS DECIMAL(18, 6))), 2) AS monetary,
           max(try_strptime(c${date}, ${format})) AS last_purchase_at
    FROM ${reader}
    WHERE c${customer} <> ''
    GROUP BY c${customer}`;
}
