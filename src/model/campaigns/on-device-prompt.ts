/**
 * What the browser's on-device model is asked: a fixed system prompt (so one session serves every
 * customer), and per customer the facts the file gives, the play, and the template draft to improve.
 * The answer must be JSON `{subject, body, sms}`; on-device-answer.ts checks it before anyone sees it.
 */
import type { CustomerFacts } from './customer-facts';
import { MERGE_FIELDS, type ShopDetails } from './messages/merge-fields';
import type { Offer } from './playbook/play';
import { SMS_LIMIT } from './messages/sms-text';
import type { MessageDraft } from './messages/template-draft';

export const SUBJECT_MAX = 100;
export const BODY_MAX = 1200;

export const ON_DEVICE_SYSTEM_PROMPT = [
  "You write short marketing messages for a small online shop, in the owner's voice: plain, warm, honest English.",
  'Use only the facts you are given about the customer and the shop.',
  'Never invent names, products, numbers, dates, prices, discounts, codes or links.',
  'Mention no offer except the one the play allows, as the draft states it.',
  `Keep the subject under ${SUBJECT_MAX} characters on one line, the body under ${BODY_MAX} characters, and the SMS under ${SMS_LIMIT} characters without emoji.`,
  'Answer with JSON only: {"subject": "...", "body": "...", "sms": "..."}.',
].join('\n');

/** The JSON Schema given as the prompt's response constraint. */
export const ANSWER_SCHEMA = {
  type: 'object',
  properties: {
    subject: { type: 'string', maxLength: SUBJECT_MAX },
    body: { type: 'string', maxLength: BODY_MAX },
    sms: { type: 'string', maxLength: SMS_LIMIT },
  },
  required: ['subject', 'body', 'sms'],
  additionalProperties: false,
} as const;

export interface OnDevicePrompt {
  system: string;
  user: string;
  responseSchema: object;
}

export function buildOnDevicePrompt(facts: CustomerFacts, shop: ShopDetails, draft: MessageDraft): OnDevicePrompt {
  const user = [
    'Facts about the customer (nothing else is known):',
    ...knownFacts(facts, shop),
    '',
    `The play for their segment, "${facts.segment.label}": ${facts.play.name}.`,
    `Goal: ${facts.play.goal}`,
    `What to send: ${facts.play.send}`,
    `Offer: ${offerRule(facts.play.offer)}`,
    facts.play.channel === 'personal_email' ? 'Write as the owner, in the first person, like a personal note.' : 'Write as the shop.',
    '',
    'Improve this draft; keep its facts and its offer:',
    JSON.stringify({ subject: draft.subject, body: draft.body, sms: draft.sms }),
  ];
  return { system: ON_DEVICE_SYSTEM_PROMPT, user: user.join('\n'), responseSchema: ANSWER_SCHEMA };
}

function knownFacts(facts: CustomerFacts, shop: ShopDetails): string[] {
  return MERGE_FIELDS.flatMap((field) => {
    const value = field.value(facts, shop);
    return value === undefined ? [] : [`- ${field.label}: ${value}`];
  });
}

function offerRule(offer: Offer): string {
  if (offer.level === 'none') return offer.neverDiscount ? 'none. Never a discount, code or free shipping.' : 'none. No discount, code or free shipping.';
  return `${offer.level === 'small' ? 'a small one' : 'a generous one'}, exactly as the draft states it. ${offer.detail}`;
}
