/**
 * Which text encoding a file is in. Exports from older tools and Excel on Windows (the public Online
 * Retail CSV among them) are Windows-1252, not UTF-8; reading them as UTF-8 would lose or garble every
 * line with an `é`. A file that is valid UTF-8 from start to end is UTF-8; anything else is read as
 * Windows-1252, in which every byte is a character: Latin-1, plus `€ ‚ „ … ‘ ’ “ ” – — ™ Š Œ Ž …` in
 * the bytes 0x80–0x9F that Latin-1 leaves to control codes (browsers read "latin1" this way too).
 * The detection itself reads the file, so it lives with the readers (engine/load/files).
 */
export type TextEncoding = 'utf-8' | 'windows-1252';

export type EncodingLabel = 'UTF-8' | 'Windows-1252';

export function encodingLabel(encoding: TextEncoding): EncodingLabel {
  return encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252';
}
