/**
 * Invoices that correct earlier business rather than sell: cancellations (C-prefixed invoice
 * numbers, negative quantities) and stock adjustments (a note instead of a description, zero or
 * negative quantity, usually no customer). The cleaning step must keep both out of the sales.
 */
import { chance, pick, randomInt } from '../shared/random';
import type { Random } from '../shared/random';
import { drawDistinctProducts, drawProduct } from './catalog';
import { HOME_COUNTRY } from './countries';
import { spellCustomerId } from './customer-ids';
import { quantityFor } from './customers';
import type { Customer } from './customers';
import { orderLine } from './order-line';
import type { InvoiceHead, OrderLine } from './order-line';

const ADJUSTMENT_NOTES = ['damaged', 'check', '?', 'wet damaged', 'missing', 'smashed', 'lost'];
const ZERO_QUANTITY_ADJUSTMENT_SHARE = 0.2;
const MAX_ADJUSTED_UNITS = 60;

/** A cancelled order: a few products, negative quantities; `invoice` should carry the C prefix. */
export function cancellation(random: Random, invoice: InvoiceHead, customer: Customer, budget: number): OrderLine[] {
  const products = drawDistinctProducts(random, Math.min(budget, randomInt(random, 1, 3)));
  return products.map((product) =>
    orderLine(invoice, product, {
      quantity: -quantityFor(random, customer),
      priceCents: product.priceCents,
      customerId: spellCustomerId(random, customer.id),
      country: customer.country,
    }),
  );
}

/** A stock correction booked as a single invoice line, with or without a customer. */
export function adjustment(random: Random, invoice: InvoiceHead, customer: Customer | undefined): OrderLine[] {
  const product = drawProduct(random);
  const note = { stockCode: product.stockCode, description: pick(random, ADJUSTMENT_NOTES), priceCents: 0 };
  const line = orderLine(invoice, note, {
    quantity: chance(random, ZERO_QUANTITY_ADJUSTMENT_SHARE) ? 0 : -randomInt(random, 1, MAX_ADJUSTED_UNITS),
    priceCents: customer ? product.priceCents : 0,
    customerId: customer ? spellCustomerId(random, customer.id) : '',
    country: customer?.country ?? HOME_COUNTRY,
  });
  return [line];
}
