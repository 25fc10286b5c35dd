/**
 * Each segment's products, the plain way, from an Online Retail CSV the independent oracle
 * (oracle.ts) has segmented: kept lines are those with a customer, an invoice not starting with C and
 * a positive quantity and price; revenue in BigInt cents; postage is no product. For files without
 * unreadable values (those would need the oracle's date rules). Shares no code with src/.
 */
import { parseCsv } from './oracle';

export interface OracleProduct {
  product: string;
  /** Two decimals. */
  revenue: string;
  customers: number;
}

const NUMBER = /^\d+(\.\d+)?$/;

/** Cents of quantity × price for plain positive decimals; null when either is not one. */
function lineCents(quantity: string, price: string): bigint | null {
  if (!NUMBER.test(quantity) || !NUMBER.test(price)) return null;
  const scaled = (text: string) => {
    const [whole, fraction = ''] = text.split('.');
    return { units: BigInt(whole + fraction), scale: fraction.length };
  };
  const q = scaled(quantity);
  const p = scaled(price);
  const units = q.units * p.units;
  if (units <= 0n) return null;
  const scale = q.scale + p.scale;
  return scale >= 2 ? units / 10n ** BigInt(scale - 2) : units * 10n ** BigInt(2 - scale);
}

/** Products of each segment, by revenue (ties by name); `segmentOf` gives a customer's segment. */
export function oracleSegmentProducts(csv: string, segmentOf: (customerId: string) => string | undefined): Map<string, OracleProduct[]> {
  const [, ...rows] = parseCsv(csv);
  const totals = new Map<string, Map<string, { cents: bigint; customers: Set<string> }>>();
  for (const fields of rows) {
    const [invoice, , product, quantity, , price, rawCustomer] = fields.map((field) => field.trim());
    const customer = rawCustomer.replace(/\.0+$/, '');
    const cents = lineCents(quantity, price);
    const segment = segmentOf(customer);
    if (customer === '' || /^c/i.test(invoice) || cents === null || segment === undefined || product === '' || product.toUpperCase() === 'POSTAGE') continue;
    const products = totals.get(segment) ?? new Map();
    totals.set(segment, products);
    const total = products.get(product) ?? { cents: 0n, customers: new Set<string>() };
    products.set(product, total);
    total.cents += cents;
    total.customers.add(customer);
  }
  return new Map(
    [...totals].map(([segment, products]) => [
      segment,
      [...products]
        .sort(([a, x], [b, y]) => (y.cents > x.cents ? 1 : y.cents < x.cents ? -1 : a.localeCompare(b)))
        .map(([product, total]) => ({ product, revenue: money(total.cents), customers: total.customers.size })),
    ]),
  );
}

function money(cents: bigint): string {
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}
