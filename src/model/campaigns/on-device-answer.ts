/**
 * Checks what the on-device model wrote before the owner sees it. Anything malformed, too long, or
 * saying what it was not told (a number, a name, a link, a code, a discount the play rules out) is
 * dropped for the template draft, with the reason, so a small model's slip never reaches a customer.
 */
import type { CustomerFacts } from './customer-facts';
import { MERGE_FIELDS, type ShopDetails } from './messages/merge-fields';
import { BODY_MAX, SUBJECT_MAX } from './on-device-prompt';
import { fitSms } from './messages/sms-text';
import type { Draft, MessageDraft } from './messages/template-draft';

export type OnDeviceOutcome = { ok: true; draft: Draft } | { ok: false; draft: Draft; reason: string };

const GENERIC_GREETINGS = new Set(['there', 'friend', 'again', 'all', 'everyone', 'customer']);
// Capitals that are instructions, not codes.
const SMS_KEYWORDS = new Set(['STOP', 'HELP', 'UNSUBSCRIBE']);
const DISCOUNT_WORDS = /\b(discount\w*|coupon\w*|voucher\w*|promo(tion(al)?)? codes?|\d+ ?(%|percent) off|free (shipping|delivery)|sale price)\b/i;

export function readOnDeviceAnswer(answer: string, facts: CustomerFacts, shop: ShopDetails, fallback: Draft): OnDeviceOutcome {
  const message = parseAnswer(answer);
  if (!message) return { ok: false, draft: fallback, reason: 'the answer was not JSON with a subject, a body and an SMS' };
  const sms = fitSms(message.sms);
  const problem = sizeProblem(message, sms.truncated) ?? inventedFact(message, facts, shop, fallback);
  if (problem) return { ok: false, draft: fallback, reason: problem };
  return { ok: true, draft: { ...message, sms: sms.text, source: 'on-device', smsTruncated: false } };
}

function parseAnswer(answer: string): MessageDraft | null {
  const json = answer.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { subject, body, sms } = value as Record<string, unknown>;
  if (![subject, body, sms].every((part) => typeof part === 'string' && part.trim() !== '')) return null;
  return { subject: (subject as string).trim(), body: (body as string).trim(), sms: (sms as string).trim() };
}

function sizeProblem({ subject, body }: MessageDraft, smsTooLong: boolean): string | null {
  if (subject.length > SUBJECT_MAX || /\n/.test(subject)) return `the subject is longer than one line of ${SUBJECT_MAX} characters`;
  if (body.length > BODY_MAX) return `the body is longer than ${BODY_MAX} characters`;
  return smsTooLong ? 'the SMS is longer than one text message' : null;
}

/** Everything the model was told, as one text to look facts up in. */
function givenText(facts: CustomerFacts, shop: ShopDetails, draft: MessageDraft): string {
  const values = MERGE_FIELDS.map((field) => field.value(facts, shop) ?? '');
  const { play } = facts;
  const raw = [facts.firstName, facts.lastName, facts.lastProduct, facts.country, ...facts.topProducts].map((text) => text ?? '');
  return [...values, ...raw, play.name, play.goal, play.send, play.offer.detail, play.timing, draft.subject, draft.body, draft.sms].join('\n');
}

function inventedFact(message: MessageDraft, facts: CustomerFacts, shop: ShopDetails, draft: MessageDraft): string | null {
  const given = givenText(facts, shop, draft);
  const written = `${message.subject}\n${message.body}\n${message.sms}`;
  const givenNumbers = new Set(numbersIn(given));
  const number = numbersIn(written).find((candidate) => !givenNumbers.has(candidate));
  if (number !== undefined) return `it wrote a number it was not given (${number})`;
  if (/https?:\/\/|www\.|[\w.+-]+@[\w-]+\.\w/i.test(written)) return 'it added a link or an address';
  const code = (written.match(/\b[A-Z][A-Z0-9]{3,}\b/g) ?? []).find((word) => !given.includes(word) && !SMS_KEYWORDS.has(word));
  if (code) return `it wrote a code it was not given (${code})`;
  if (facts.play.offer.level === 'none' && DISCOUNT_WORDS.test(written)) return 'it offered a discount the play rules out';
  const name = greetedName(written);
  if (name && !GENERIC_GREETINGS.has(name.toLowerCase()) && name !== facts.firstName?.trim()) return `it used a name it was not given (${name})`;
  const signature = message.body.split('\n').pop()!.trim();
  const signedByName = /^\p{Lu}[\p{L}'-]*( \p{Lu}[\p{L}'-]*){0,2}$/u.test(signature) && !/\bteam\b/i.test(signature);
  if (signedByName && !given.includes(signature)) return `it signed with a name it was not given (${signature})`;
  return null;
}

/** Numbers as written, without grouping commas: "€1,234.50" gives "1234.50". */
function numbersIn(text: string): string[] {
  return (text.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((number) => number.replace(/,(?=\d{3})/g, '').replace(/,$/, ''));
}

function greetedName(text: string): string | undefined {
  // No i flag: with it, \p{Lu} would match lower case too, and "Hi you" would read as a name.
  return /^(?:[Hh]i|[Hh]ello|[Dd]ear|[Hh]ey)\s+(\p{Lu}[\p{L}'-]*)/mu.exec(text)?.[1];
}
