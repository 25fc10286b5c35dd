/**
 * SMS text in the GSM 03.38 alphabet, the one a single 160-character text message uses: one character
 * outside it (a curly quote, an emoji) switches the whole message to UCS-2 and 70 characters, and the
 * extension characters (€ [ ] { } ^ ~ | \) count twice. So the draft is brought into the alphabet
 * (typographic punctuation to its plain form, accents the alphabet lacks dropped), then cut to fit.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '^{}\\[~]|€\f';

export const SMS_LIMIT = 160;

const PLAIN_FORMS: [RegExp, string][] = [
  [/[‘’‚′]/g, "'"],
  [/[“”„″]/g, '"'],
  [/[‐‑‒–—−]/g, '-'],
  [/…/g, '...'],
  [/[\u00a0\u2000-\u200b\u202f]/g, ' '],
  // Letters that carry their stroke in the letter itself, so unicode cannot take the accent off.
  [/Ł/g, 'L'],
  [/ł/g, 'l'],
  [/[ĐÐ]/g, 'D'],
  [/[đð]/g, 'd'],
  [/ı/g, 'i'],
  [/Œ/g, 'OE'],
  [/œ/g, 'oe'],
];

/** The message's length in GSM units, or null when some character is outside the alphabet. */
export function gsmLength(text: string): number | null {
  let length = 0;
  for (const character of text) {
    if (BASIC.includes(character)) length += 1;
    else if (EXTENSION.includes(character)) length += 2;
    else return null;
  }
  return length;
}

/** The text in the GSM alphabet: plain punctuation, unaccented letters where the accent is not in it. */
export function toGsmAlphabet(text: string): string {
  let plain = text;
  for (const [pattern, replacement] of PLAIN_FORMS) plain = plain.replace(pattern, replacement);
  return [...plain].map(toGsmCharacter).join('');
}

function toGsmCharacter(character: string): string {
  if (gsmLength(character) !== null) return character;
  const unaccented = character.normalize('NFD').replace(/\p{M}/gu, '');
  return gsmLength(unaccented) !== null ? unaccented : '';
}

export interface SmsText {
  text: string;
  /** In GSM units; never above the limit. */
  length: number;
  truncated: boolean;
}

/**
 * One line in the GSM alphabet within the limit. Too long, it ends at the last full sentence that keeps
 * at least half of the room, else at a word boundary with "...".
 */
export function fitSms(draft: string, limit = SMS_LIMIT): SmsText {
  const text = toGsmAlphabet(draft).replace(/\s+/g, ' ').trim();
  const length = gsmLength(text) ?? 0;
  if (length <= limit) return { text, length, truncated: false };
  const cut = lastSentenceWithin(text, limit) ?? lastWordsWithin(text, limit - 3) + '...';
  return { text: cut, length: gsmLength(cut) ?? 0, truncated: true };
}

function lastSentenceWithin(text: string, limit: number): string | null {
  let best: string | null = null;
  for (const match of text.matchAll(/[.!?](?= |$)/g)) {
    const sentence = text.slice(0, match.index + 1);
    if ((gsmLength(sentence) ?? Infinity) <= limit && sentence.length >= limit / 2) best = sentence;
  }
  return best;
}

function lastWordsWithin(text: string, limit: number): string {
  const words = text.split(' ');
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if ((gsmLength(next) ?? Infinity) > limit) break;
    kept = next;
  }
  return (kept || charactersWithin(text, limit)).replace(/[\s,;:-]+$/, '');
}

// A single word longer than the room is cut where it must be.
function charactersWithin(text: string, limit: number): string {
  let kept = '';
  for (const character of text) {
    if ((gsmLength(kept + character) ?? Infinity) > limit) break;
    kept += character;
  }
  return kept;
}
