/**
 * Shopify customer import (the customer CSV template: its header row, exactly).
 * https://help.shopify.com/en/manual/customers/import-export-customers
 * https://shopify.dev/docs/api/admin-graphql/latest/input-objects/OrderCreateUpsertCustomerAttributesInput
 */
import { formatMoneyIn } from '../../shared/currency';
import type { CustomerFacts } from '../customer-facts';
import { campaignTags, type CampaignFormat } from './campaign-format';

// Shopify allows 255 characters in one customer tag.
const TAG_LENGTH = 255;

export const SHOPIFY_CUSTOMER_COLUMNS = [
  'First Name',
  'Last Name',
  'Email',
  'Accepts Email Marketing',
  'Default Address Company',
  'Default Address Address1',
  'Default Address Address2',
  'Default Address City',
  'Default Address Province Code',
  'Default Address Country Code',
  'Default Address Zip',
  'Default Address Phone',
  'Phone',
  'Accepts SMS Marketing',
  'Tags',
  'Note',
  'Tax Exempt',
] as const;

/** A note for the shop's staff: the segment, the play and the figures behind them. */
function staffNote(facts: CustomerFacts): string {
  const spent = formatMoneyIn(facts.totalSpent.amount, facts.totalSpent.currency);
  const orders = `${facts.orders} ${facts.orders === 1 ? 'order' : 'orders'}`;
  return `${facts.segment.label}: ${facts.play.name}. ${orders}, ${spent} spent, last order ${facts.daysSinceLastOrder} days ago.`;
}

export const SHOPIFY: CampaignFormat = {
  id: 'shopify',
  label: 'Shopify (customer import)',
  fileName: 'shopify-customers.csv',
  columns: SHOPIFY_CUSTOMER_COLUMNS,
  needsEmail: true,
  maxFileBytes: 1024 * 1024,
  row: ({ facts }, email) => ({
    'First Name': facts.firstName ?? null,
    'Last Name': facts.lastName ?? null,
    Email: email ?? null,
    Tags: campaignTags(facts, TAG_LENGTH).join(', '),
    Note: staffNote(facts),
  }),
  cannotCarry: [
    "Drafts: Shopify's customer template has no column for message text; the segment and play go in as tags and a note.",
    'Addresses and phone numbers: not in the order facts, so those columns stay empty.',
    'Marketing consent: left empty, because the order file does not say who agreed to e-mail or SMS marketing.',
    'Files over 1 MB: Shopify imports at most 1 MB of customers at a time, so a larger list comes as several files.',
    'Customers already in Shopify are only changed if you choose to overwrite existing customers on import; check what that replaces first.',
  ],
};
