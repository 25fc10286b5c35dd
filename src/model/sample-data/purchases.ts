/**
 * Ordinary sales invoices, by a registered customer or by a guest (no CustomerID). Both carry
 * two kinds of line-level dirt the cleaning step must catch: zero-price lines and rows the
 * export wrote twice.
 */
import { chance, poisson } from '../shared/random';
import type { Random } from '../shared/random';
import { drawBaseQuantity, drawDistinctProducts } from './catalog';
import type { Product } from './catalog';
import { drawCountry } from './countries';
import { spellCustomerId } from './customer-ids';
import { quantityFor } from './customers';
import type { Customer } from './customers';
import { orderLine } from './order-line';
import type { InvoiceHead, OrderLine } from './order-line';

const MAX_INVOICE_LINES = 25;
/** Guests buy in bigger baskets than the average registered customer, as in the real data. */
const GUEST_BASKET_MEAN = 13;
const GUEST_HOME_SHARE = 0.9;
const ZERO_PRICE_LINE_RATE = 0.002;
const DUPLICATE_LINE_RATE = 0.005;

/** A registered customer's invoice: at least one line and at most `budget`. */
export function customerPurchase(random: Random, invoice: InvoiceHead, customer: Customer, budget: number): OrderLine[] {
  const size = Math.min(budget, basketSize(random, customer.basketMean));
  return fillBasket(random, size, (product) =>
    orderLine(invoice, product, {
      quantity: quantityFor(random, customer),
      priceCents: chargedPrice(random, product),
      customerId: spellCustomerId(random, customer.id),
      country: customer.country,
    }),
  );
}

/** A guest checkout: no CustomerID, so the cleaning step drops every line of it. */
export function guestPurchase(random: Random, invoice: InvoiceHead, budget: number): OrderLine[] {
  const country = drawCountry(random, GUEST_HOME_SHARE);
  const size = Math.min(budget, basketSize(random, GUEST_BASKET_MEAN));
  return fillBasket(random, size, (product) =>
    orderLine(invoice, product, {
      quantity: drawBaseQuantity(random),
      priceCents: chargedPrice(random, product),
      customerId: '',
      country,
    }),
  );
}

function basketSize(random: Random, mean: number): number {
  return Math.min(MAX_INVOICE_LINES, 1 + poisson(random, mean - 1));
}

/** The list price, or now and then 0, as on a few lines of the real export. */
function chargedPrice(random: Random, product: Product): number {
  return chance(random, ZERO_PRICE_LINE_RATE) ? 0 : product.priceCents;
}

/** `size` lines of distinct products; now and then a line is written twice (a duplicate export row). */
function fillBasket(random: Random, size: number, lineFor: (product: Product) => OrderLine): OrderLine[] {
  const lines: OrderLine[] = [];
  for (const product of drawDistinctProducts(random, size)) {
    if (lines.length >= size) break;
    const line = lineFor(product);
    lines.push(line);
    if (lines.length < size && chance(random, DUPLICATE_LINE_RATE)) {
      line.repeated = true;
      lines.push(line);
    }
  }
  return lines;
}
