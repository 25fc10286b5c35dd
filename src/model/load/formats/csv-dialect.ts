/**
 * How a delimited text file is written: which delimiter, and what its header says. Decided here from
 * the file's first bytes, so DuckDB reads with fixed options instead of sniffing (which costs a
 * noticeable share of a load in the browser) and the user sees, and can change, what was decided.
 */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export const DELIMITER_LABELS: Record<Delimiter, string> = {
  ',': 'comma (,)',
  ';': 'semicolon (;)',
  '\t': 'tab',
  '|': 'pipe (|)',
};

export function isDelimiter(value: string): value is Delimiter {
  return (DELIMITERS as readonly string[]).includes(value);
}

/**
 * Records of a CSV text: quoted fields may hold delimiters, doubled quotes and line breaks. A last
 * record cut off by the end of `text` (a head of a bigger file) is left out unless `complete`.
 */
export function parseRecords(text: string, delimiter: string, limit = Infinity, complete = false): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(field);
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
    field = '';
  };
  for (; position < text.length && records.length < limit; position++) {
    const char = text[position];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[position + 1] === '"') {
        field += '"';
        position++;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[position + 1] === '\n') position++;
      endRecord();
    } else field += char;
  }
  if (complete && !quoted && (field !== '' || record.length > 0) && records.length < limit) endRecord();
  return records;
}

/**
 * The delimiter whose records agree best with the header's field count (at least two fields);
 * ties go to the more common delimiter, in the order of DELIMITERS.
 */
export function sniffDelimiter(head: string, complete = false): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of DELIMITERS) {
    const [header, ...records] = parseRecords(head, delimiter, 50, complete);
    if (!header || header.length < 2) continue;
    const agreeing = records.filter((fields) => fields.length === header.length).length;
    const score = (records.length === 0 ? 1 : agreeing / records.length) * 1000 + Math.min(header.length, 999);
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Header names as shown to the user: trimmed, empty ones named by position, repeats numbered. */
export function headerNames(fields: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return fields.map((field, index) => {
    const name = field.replace(/^\uFEFF/, '').trim() || `Column ${index + 1}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

/** Identifies a layout regardless of case, spacing and punctuation, for remembering a mapping. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')).join('|');
}
