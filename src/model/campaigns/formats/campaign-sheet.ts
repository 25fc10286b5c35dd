/**
 * The campaign sheet: this app's own export of a segment with its play and the reviewed drafts
 * (`subject`, `body`, `sms`), for any tool or a mail merge. Every customer is in it, with or without
 * an e-mail, keyed by the customer id of the order file.
 */
import { moneyAttributeIn } from '../../shared/currency';
import { readableProduct } from '../messages/readable-values';
import type { CampaignFormat } from './campaign-format';

export const CAMPAIGN_SHEET: CampaignFormat = {
  id: 'campaign_sheet',
  label: 'Campaign sheet (all customers, with drafts)',
  fileName: 'campaign.csv',
  columns: [
    'customer_id',
    'email',
    'first_name',
    'last_name',
    'segment',
    'play',
    'offer',
    'days_since_last_order',
    'orders',
    'total_spent',
    'currency',
    'top_products',
    'last_product',
    'country',
    'subject',
    'body',
    'sms',
    'draft_written_by',
  ],
  needsEmail: false,
  row: ({ facts, draft }, email) => ({
    customer_id: facts.id,
    email: email ?? null,
    first_name: facts.firstName ?? null,
    last_name: facts.lastName ?? null,
    segment: facts.segment.label,
    play: facts.play.name,
    offer: facts.play.offer.level,
    days_since_last_order: facts.daysSinceLastOrder,
    orders: facts.orders,
    total_spent: moneyAttributeIn(facts.totalSpent.amount, facts.totalSpent.currency),
    currency: facts.totalSpent.currency,
    top_products: facts.topProducts.map(readableProduct).filter(Boolean).join('; ') || null,
    last_product: readableProduct(facts.lastProduct) ?? null,
    country: facts.country ?? null,
    subject: draft?.subject ?? null,
    body: draft?.body ?? null,
    sms: draft?.sms ?? null,
    draft_written_by: draft && 'source' in draft ? (draft.source === 'on-device' ? 'this device' : 'template') : null,
  }),
  cannotCarry: [],
};
