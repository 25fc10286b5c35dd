/**
 * A Shopify orders export made for the campaign tests, with results known by construction: 40
 * customers, two orders each, customer i spending 2 × (15 + i) + 20 postage (so spend rises with i),
 * the even ones last seen 120 + i days before the end and the odd ones 10 + i days. With the default
 * tiers (P80, 90 days) customers 33–40 are high value, and the even ones of them, 34, 36, 38 and 40,
 * are the At-Risk Whales. Customer 36's address has no domain, so e-mail tools cannot take it; customer
 * 38's favourite product is named like a spreadsheet formula.
 */
import { SHOPIFY_HEADER } from './shop-exports';

export const CAMPAIGN_SHOP_CUSTOMERS = 40;
export const WHALES = [40, 38, 36, 34];
export const WITHOUT_EMAIL = [3, 36];
export const FORMULA_PRODUCT = '=HYPERLINK("http://evil.test","Gift")';
const PRODUCTS = ['Blue Mug', 'Linen Napkins, set of 4', FORMULA_PRODUCT];
const END = Date.UTC(2024, 5, 30);

export function customerEmail(i: number): string {
  return WITHOUT_EMAIL.includes(i) ? `customer${i}@localhost` : `customer${i}@shop.test`;
}

export function favouriteProduct(i: number): string {
  return PRODUCTS[i % 3];
}

export function daysAgo(i: number): number {
  return i % 2 === 0 ? 120 + i : 10 + i;
}

function dateBefore(days: number): string {
  return `${new Date(END - days * 86_400_000).toISOString().slice(0, 10)} 10:00:00 +0100`;
}

const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** One order: its first row carries the order fields, as Shopify writes them. */
function order(name: string, email: string, currency: string, created: string, lines: [string, number, number][], country: string): string[] {
  return lines.map(([product, quantity, price], index) => {
    const first = index === 0;
    const fields = [name, first ? email : '', first ? 'paid' : '', first ? created : '', '', first ? currency : '', '', '', '', '', '', first ? created : ''];
    return [...fields, String(quantity), product, price.toFixed(2), '', first ? country : '', ''].map(cell).join(',');
  });
}

/** The export; `currencyOf` lets a test give some customers another currency. */
export function campaignShopCsv(currencyOf: (i: number) => string = () => 'EUR'): string {
  const rows = [SHOPIFY_HEADER];
  for (let i = 1; i <= CAMPAIGN_SHOP_CUSTOMERS; i++) {
    const country = i % 2 === 0 ? 'DE' : 'FR';
    const lines: [string, number, number][] = [
      [favouriteProduct(i), 1, 10 + i],
      ['Tea Pot', 1, 5],
    ];
    rows.push(...order(`#${1000 + 2 * i}`, customerEmail(i), currencyOf(i), dateBefore(daysAgo(i) + 30), lines, country));
    rows.push(...order(`#${1001 + 2 * i}`, customerEmail(i), currencyOf(i), dateBefore(daysAgo(i)), [...lines, ['POSTAGE', 1, 20]], country));
  }
  return `${rows.join('\n')}\n`;
}

/** Customer i's spend, to the cent: two orders of the product, the teapot, and postage once. */
export function spentBy(i: number): number {
  return 2 * (10 + i + 5) + 20;
}
