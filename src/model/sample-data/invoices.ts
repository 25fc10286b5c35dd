/**
 * The invoice stream: invoice after invoice in time order, each a sale, a guest checkout, a
 * cancellation or a stock adjustment. It holds only per-customer state, never past lines.
 */
import { chance, seededRandom } from '../shared/random';
import type { Random } from '../shared/random';
import { invoiceDateAt } from './calendar';
import { adjustment, cancellation } from './corrections';
import { CustomerPool } from './customer-pool';
import { createCustomers } from './customers';
import type { InvoiceHead, OrderLine } from './order-line';
import { customerPurchase, guestPurchase } from './purchases';
import type { SampleSettings } from './settings';

// Invoice mix, tuned so ~22% of lines are guest lines (guest baskets are bigger than average).
const GUEST_INVOICE_SHARE = 0.17;
const CANCELLED_INVOICE_SHARE = 0.02;
const ADJUSTMENT_INVOICE_SHARE = 0.012;
const ADJUSTMENT_WITH_CUSTOMER_SHARE = 0.4;

const FIRST_INVOICE_NUMBER = 536365;
/** Comfortably above the ~0.105 invoices per line the mix produces. */
const INVOICES_PER_LINE_BOUND = 0.15;

export class InvoiceStream {
  private readonly random: Random;
  private readonly pool: CustomerPool;
  private nextInvoiceNumber: number;

  constructor(settings: Pick<SampleSettings, 'seed' | 'customers' | 'lines'>) {
    this.random = seededRandom(settings.seed);
    this.pool = new CustomerPool(createCustomers(this.random, settings.customers));
    this.nextInvoiceNumber = firstInvoiceNumber(settings.lines);
  }

  /** The lines of the invoice written at `progress` (0–1): at least one and at most `budget`. */
  next(progress: number, budget: number): OrderLine[] {
    this.pool.retireLeavers(progress);
    // The invoice kind is rolled first so its share does not depend on how many joins are due.
    const roll = this.random();
    if (roll < GUEST_INVOICE_SHARE) return guestPurchase(this.random, this.openInvoice(progress), budget);
    const cancelledBelow = GUEST_INVOICE_SHARE + CANCELLED_INVOICE_SHARE;
    if (roll < cancelledBelow && !this.pool.isEmpty) return this.cancellation(progress, budget);
    if (roll < cancelledBelow + ADJUSTMENT_INVOICE_SHARE) return this.adjustment(progress);
    return this.sale(progress, budget);
  }

  private sale(progress: number, budget: number): OrderLine[] {
    const invoice = this.openInvoice(progress);
    // Due first purchases go first, so every customer buys at least once when lines allow.
    const joiner = this.pool.takeJoiner(progress);
    if (joiner !== undefined) return customerPurchase(this.random, invoice, joiner, budget);
    // Before anyone has joined, or once everyone has left, the shop still sells: to guests.
    if (this.pool.isEmpty) return guestPurchase(this.random, invoice, budget);
    return customerPurchase(this.random, invoice, this.pool.drawActive(this.random), budget);
  }

  private cancellation(progress: number, budget: number): OrderLine[] {
    const customer = this.pool.drawActive(this.random);
    return cancellation(this.random, this.openInvoice(progress, 'C'), customer, budget);
  }

  private adjustment(progress: number): OrderLine[] {
    const withCustomer = !this.pool.isEmpty && chance(this.random, ADJUSTMENT_WITH_CUSTOMER_SHARE);
    const customer = withCustomer ? this.pool.drawActive(this.random) : undefined;
    return adjustment(this.random, this.openInvoice(progress), customer);
  }

  private openInvoice(progress: number, prefix: '' | 'C' = ''): InvoiceHead {
    const invoiceNo = `${prefix}${this.nextInvoiceNumber}`;
    this.nextInvoiceNumber += 1;
    return { invoiceNo, invoiceDate: invoiceDateAt(progress) };
  }
}

/** The real data's first number, moved down for huge samples so invoice numbers keep 6 digits. */
function firstInvoiceNumber(lines: number): number {
  const roomNeeded = Math.ceil(lines * INVOICES_PER_LINE_BOUND);
  return Math.max(100_000, Math.min(FIRST_INVOICE_NUMBER, 999_999 - roomNeeded));
}
