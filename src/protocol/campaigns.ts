/**
 * What a campaign needs from the engine, as it crosses the worker boundary: a segment's customers a
 * page at a time, each with the facts a message may use, and, for a file with several currencies,
 * revenue per segment and currency (never added across currencies).
 */
import type { RfmBucketId, RfmRules } from '../model/segments/rfm-segments';
import type { Segmentation } from '../model/segments/segment-info';
import type { TierId } from '../model/segments/tiers';
import type { SegmentParams } from './segments';

/** One segment of the segmentation on screen (null: every customer), a page at a time. */
export interface CampaignQuery {
  segmentation: Segmentation;
  segment: TierId | RfmBucketId | null;
  limit: number;
  offset: number;
  /** Also count every customer of the segment (one more query): the first page asks. */
  countAll: boolean;
}

/** A customer as the order file knows them; the page adds their segment's play (model/campaigns). */
export interface CustomerRecord {
  customerId: string;
  /** A mapped e-mail column's latest address, else the customer id when it is one; null when unknown. */
  email: string | null;
  /** Days from the last order to the reference date. */
  recencyDays: number;
  /** Orders (distinct invoices). */
  frequency: number;
  /** All they spent, exact to the cent. */
  monetary: number;
  /** ISO 4217, when all their lines name one currency; null otherwise. */
  currency: string | null;
  /** Up to three, most first; empty without a product column. */
  topProducts: string[];
  /** A product of their latest order, the largest line first. */
  lastProduct: string | null;
  country: string | null;
  segment: TierId;
  rfmSegment: RfmBucketId;
}

export interface CustomerFactsPage {
  /** Customers in the segment (all pages), when asked for; else null. */
  total: number | null;
  offset: number;
  /** What `topProducts` is ranked by: revenue with line prices, how often bought with order amounts. */
  topProductsBy: 'revenue' | 'quantity';
  customers: CustomerRecord[];
}

/** A segment's customers and revenue in one currency (`currency` null: lines that name none). */
export interface CurrencyRevenue {
  segment: TierId | RfmBucketId;
  currency: string | null;
  customers: number;
  revenue: number;
}

export interface CampaignVerbs {
  /** One page of a segment's customers, biggest spenders first, with what a message may say about them. */
  customerFacts(params: SegmentParams, rules: RfmRules, query: CampaignQuery): Promise<CustomerFactsPage>;
  /** Revenue per segment and currency, for a file with several currencies. */
  revenueByCurrency(params: SegmentParams, rules: RfmRules, segmentation: Segmentation): Promise<CurrencyRevenue[]>;
}
