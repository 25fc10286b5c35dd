/**
 * What a message may say about one customer: their own history, as the engine aggregates it from the
 * order file, and the play chosen for their segment. Anything not here is not known, so a message (or
 * the on-device model) must not claim it.
 */
import type { CurrencyCode } from '../shared/currency';
import type { Play } from './playbook/play';
import type { SegmentKey } from './playbook/playbook';

export interface Money {
  amount: number;
  /** Null when the file has no currency column and none was chosen. */
  currency: CurrencyCode | null;
}

export interface CustomerFacts {
  id: string;
  /** From a Shopify or WooCommerce export, or a mapped e-mail column; usually absent otherwise. */
  email?: string;
  /** Rarely in an order export; absent when not known. */
  firstName?: string;
  lastName?: string;
  daysSinceLastOrder: number;
  orders: number;
  totalSpent: Money;
  /** Their most-bought products, most first (needs a product or description column; else empty). */
  topProducts: string[];
  /** What `topProducts` is ranked by. */
  topProductsBy?: 'revenue' | 'quantity';
  /** A product from their latest order. */
  lastProduct?: string;
  country?: string;
  segment: { id: SegmentKey; label: string };
  play: Play;
}
