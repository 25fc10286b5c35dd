/**
 * What may stand at either end of a cell: the ASCII white space DuckDB's cast skips, and the
 * characters `trim` removes beyond it (every Unicode space separator), and some it does not.
 */
export const PADDING = [
  0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x202f, 0x205f, 0x3000, 0x85, 0x200b, 0x2028, 0xfeff,
].map((code) => String.fromCodePoint(code));

/** Every text padded at its start, its end, both, and twice at both, with each padding character given. */
export function paddedTexts(texts: readonly string[], padding: readonly string[] = PADDING): string[] {
  return texts.flatMap((text) => padding.flatMap((pad) => [pad + text, text + pad, pad + text + pad, pad + pad + text + pad + pad]));
}
