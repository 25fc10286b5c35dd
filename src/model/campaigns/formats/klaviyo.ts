/**
 * Klaviyo list upload (profiles into a list).
 * https://help.klaviyo.com/hc/en-us/articles/115005078967
 * https://help.klaviyo.com/hc/en-us/articles/360043841811
 */
import { moneyAttributeIn } from '../../shared/currency';
import { readableProduct } from '../messages/readable-values';
import type { CampaignFormat } from './campaign-format';

export const KLAVIYO: CampaignFormat = {
  id: 'klaviyo',
  label: 'Klaviyo (list upload)',
  fileName: 'klaviyo-profiles.csv',
  // The first column must be the e-mail; Klaviyo maps its own property names (First Name, Last Name,
  // Country) by header, and any other header becomes a custom property of that name.
  columns: [
    'Email',
    'First Name',
    'Last Name',
    'Country',
    'Retention Segment',
    'Retention Play',
    'Orders',
    'Total Spent',
    'Currency',
    'Days Since Last Order',
    'Last Product',
    'Top Products',
    'Subject',
    'Body',
    'SMS',
  ],
  needsEmail: true,
  maxFileBytes: 50 * 1024 * 1024,
  row: ({ facts, draft }, email) => ({
    Email: email ?? null,
    'First Name': facts.firstName ?? null,
    'Last Name': facts.lastName ?? null,
    Country: facts.country ?? null,
    'Retention Segment': facts.segment.label,
    'Retention Play': facts.play.name,
    Orders: facts.orders,
    'Total Spent': moneyAttributeIn(facts.totalSpent.amount, facts.totalSpent.currency),
    Currency: facts.totalSpent.currency,
    'Days Since Last Order': facts.daysSinceLastOrder,
    'Last Product': readableProduct(facts.lastProduct) ?? null,
    'Top Products': facts.topProducts.map(readableProduct).filter(Boolean).join(', ') || null,
    Subject: draft?.subject ?? null,
    Body: draft?.body ?? null,
    SMS: draft?.sms ?? null,
  }),
  cannotCarry: [
    'Tags: Klaviyo profiles have no tags, so the segment and play go in as the properties "Retention Segment" and "Retention Play".',
    'Phone numbers: an order export rarely has them, so there is no Phone Number column and no SMS consent.',
    'Marketing consent: the order file does not say who agreed to marketing, so no consent column is written. Klaviyo asks that list uploads hold only people who opted in.',
  ],
};
