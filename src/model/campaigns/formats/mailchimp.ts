/**
 * Mailchimp audience import.
 * https://mailchimp.com/help/format-guidelines-for-your-import-file/
 */
import { moneyAttributeIn } from '../../shared/currency';
import { readableProduct } from '../messages/readable-values';
import { campaignTags, type CampaignFormat } from './campaign-format';
import { utf8Length } from '../../shared/utf8-length';

// Mailchimp clips a text field at 255 bytes. Our tags are short; 100 characters is a safe cap.
const TEXT_BYTES = 255;
const TAG_LENGTH = 100;

/** Text within Mailchimp's 255 bytes, cut after a whole word (or character) rather than clipped by Mailchimp. */
export function withinBytes(text: string | null | undefined, maxBytes = TEXT_BYTES): string | null {
  if (!text) return null;
  const fits = (candidate: string) => utf8Length(candidate) <= maxBytes;
  if (fits(text)) return text;
  let kept = '';
  for (const word of text.split(' ')) {
    if (!fits(`${kept} ${word}...`.trimStart())) break;
    kept = `${kept} ${word}`.trimStart();
  }
  if (!kept) {
    for (const character of text) {
      if (!fits(`${kept}${character}...`)) break;
      kept += character;
    }
  }
  return `${kept}...`;
}

export const MAILCHIMP: CampaignFormat = {
  id: 'mailchimp',
  label: 'Mailchimp (audience import)',
  fileName: 'mailchimp-contacts.csv',
  columns: ['Email Address', 'First Name', 'Last Name', 'Tags', 'Country', 'Orders', 'Total Spent', 'Currency', 'Days Since Last Order', 'Last Product', 'Subject', 'SMS'],
  needsEmail: true,
  row: ({ facts, draft }, email) => ({
    'Email Address': email ?? null,
    'First Name': withinBytes(facts.firstName),
    'Last Name': withinBytes(facts.lastName),
    // All tags in one cell, separated by commas; the CSV writer quotes the cell.
    Tags: campaignTags(facts, TAG_LENGTH).join(', '),
    Country: withinBytes(facts.country),
    Orders: facts.orders,
    'Total Spent': moneyAttributeIn(facts.totalSpent.amount, facts.totalSpent.currency),
    Currency: facts.totalSpent.currency,
    'Days Since Last Order': facts.daysSinceLastOrder,
    'Last Product': withinBytes(readableProduct(facts.lastProduct)),
    Subject: withinBytes(draft?.subject),
    SMS: withinBytes(draft?.sms),
  }),
  cannotCarry: [
    'Message bodies: a Mailchimp text field holds 255 bytes, so the body is left out (the subject and SMS are in).',
    "Addresses: Mailchimp's address field needs a full postal address, which an order export does not give; the country goes in as a text field.",
    'Marketing consent: the order file does not say who agreed to marketing. Import only customers who did.',
  ],
};
