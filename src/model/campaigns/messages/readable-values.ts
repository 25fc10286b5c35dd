/**
 * Facts turned into words a message can use: counts with their noun ("1 order", "3 orders"), lists in
 * prose ("a, b and c"), product names as people write them ("WHITE HANGING HEART T-LIGHT HOLDER" from
 * the Online Retail export reads "White Hanging Heart T-Light Holder"), and empty or placeholder values
 * as absent, so that a template's fallback takes over instead of a blank.
 */
const PLACEHOLDERS = /^(unspecified|unknown|none|null|undefined|n\/?a|-+|\?+)$/i;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Trimmed text with single spaces, or undefined when empty or a placeholder such as "Unspecified". */
export function knownText(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text && !PLACEHOLDERS.test(text) ? text : undefined;
}

export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

export function listInWords(items: readonly string[]): string | undefined {
  if (items.length === 0) return undefined;
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A product name in title case when the export shouts it in capitals; otherwise as written (a short
 * code such as "XL" is not shouting).
 */
export function readableProduct(name: string | null | undefined): string | undefined {
  const text = knownText(name);
  if (!text || /\p{Ll}/u.test(text) || !/\p{Lu}{4}/u.test(text)) return text;
  return text
    .toLowerCase()
    .split(' ')
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : capitalise(word)))
    .join(' ');
}

// Capitals after hyphens and slashes too: "t-light" reads "T-Light".
function capitalise(word: string): string {
  return word.replace(/(^|[-/(])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
