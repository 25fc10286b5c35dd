/**
 * The length of a text in UTF-8 bytes, as import tools count their limits, computed from its code
 * points (pure code has no TextEncoder): 1 byte up to U+007F, 2 up to U+07FF, 3 up to U+FFFF, 4 above.
 * A lone surrogate counts 3, as TextEncoder writes it (U+FFFD).
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0)!;
    bytes += code <= 0x7f ? 1 : code <= 0x7ff ? 2 : code <= 0xffff ? 3 : 4;
  }
  return bytes;
}
