/**
 * A Windows export (Excel "CSV" on Windows) as bytes, made in code. The encoder is written out here
 * from the Windows-1252 code page instead of trusting a decoder, so the tests check the app's
 * reading against an independent table.
 */
const WINDOWS_1252_HIGH: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

export function windows1252Bytes(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const code = char.codePointAt(0)!;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const byte = WINDOWS_1252_HIGH[char];
      if (byte === undefined) throw new Error(`not in Windows-1252: ${char}`);
      return byte;
    }),
  );
}

/**
 * Semicolons, decimal commas and euro signs before or after amounts; customer ids and product names
 * with `’ – — „ “ … ™ Œ` (bytes 0x80–0x9F) next to Latin-1 letters. Line 5 has a quantity that is
 * not a number and line 6 one field too many, so both are left out with their text.
 */
export const WINDOWS_EXPORT = `Bestellnummer;Kunde;Artikel;Datum;Menge;Einzelpreis;Land
A-1;O’Brien;Kaffeebecher – „Classic“;25.03.2024;2;12,50 €;Irland
A-1;O’Brien;Teekanne™;25.03.2024;1;€1.234,50;Irland
A-2;Café—Bar;Crème brûlée…;03.04.2024;3;2,55 €;France
A-3;Café—Bar;Œuvre;05.04.2024;zwei;1,00 €;France
A-4;Zoë;Schale;06.04.2024;1;5,00 €;Österreich;€ zu viel
`;
