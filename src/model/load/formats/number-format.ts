/**
 * How numbers are written: `12.50` or `12,50`, with or without thousands separators (`1,234.50`,
 * `1.234,50`, `1 234,50`, `1'234.50`), currency symbols or codes on either side (`€12,50`, `12.50 USD`,
 * `R$ 10,00`, `kr 10,00`) and negative signs (`-12.50`, `−12,50`, `12.50-`, `(4.00)`). The decimal
 * separator is decided for the whole file; a value written the other way does not read (it is counted
 * and shown, never misread: `12.50` under a decimal comma is not 1250).
 *
 * The patterns below are plain regular-expression sources that mean the same to JavaScript and to
 * DuckDB's RE2 (no `\s`, no flags), so engine/load/sql/lines/number-parsing.ts runs the very same rules in SQL;
 * test/sql/load/number-parsing.test.ts reads one table of cells both ways.
 */
export type DecimalSeparator = '.' | ',';

export interface DecimalEvidence {
  /** Values that can only be read with a decimal comma, and only with a decimal point. */
  comma: number;
  dot: number;
}

/** Spaces that may surround or group a number: space, tab, no-break space, narrow no-break space. */
const SPACE = ' \t\u00a0\u202f';
const GROUPING = `${SPACE}'’`;
const MINUS = '\\-\u2212';
const CURRENCY = '[A-Za-z]{0,3}\\$|[A-Za-z]{1,3}\\.|[A-Za-z]{2,3}|zł|[€£¥₹₽₩₺₪₫฿¢]';
const LEAD = `[${SPACE}(+${MINUS}]*(?:${CURRENCY})?[${SPACE}(+${MINUS}]*`;
const TRAIL = `[${SPACE})${MINUS}]*(?:${CURRENCY})?[${SPACE})${MINUS}]*`;

/** Group 1 is the number between signs, parentheses, currency and spaces on either side. */
export const NUMBER_PARTS = `^${LEAD}(.*?)${TRAIL}$`;

/** A cell that reads as a number is negative when it has one of these (only the sides can hold them). */
export const NEGATIVE_MARKS = ['-', '\u2212', '('] as const;

/** The number itself: digits in groups of three when grouped (by the thousands separator or a space or apostrophe), then one decimal part. */
export function strictNumber(decimal: DecimalSeparator): string {
  const [d, t] = decimal === '.' ? ['\\.', ','] : [',', '\\.'];
  return `^(?:[0-9]{1,3}(?:[${t}${GROUPING}][0-9]{3})+|[0-9]+)(?:${d}[0-9]*)?$|^${d}[0-9]+$`;
}

/** The other separator: the thousands separator under this decimal separator. */
export function otherSeparator(decimal: DecimalSeparator): DecimalSeparator {
  return decimal === '.' ? ',' : '.';
}

/** A number as the engine reads it under one decimal separator, or null when it does not read. */
export function parseNumber(text: string, decimal: DecimalSeparator): number | null {
  const core = new RegExp(NUMBER_PARTS).exec(text)?.[1] ?? '';
  if (!new RegExp(strictNumber(decimal)).test(core)) return null;
  const value = Number(core.replace(new RegExp(`[^0-9${decimal}]`, 'g'), '').replace(decimal, '.'));
  return NEGATIVE_MARKS.some((mark) => text.includes(mark)) ? 0 - value : value;
}

/** Which separator a value votes for: the one it reads under when it reads under one only (`12`, `1,250` read under both). */
export function separatorVote(text: string): DecimalSeparator | null {
  const dot = parseNumber(text, '.') !== null;
  const comma = parseNumber(text, ',') !== null;
  return dot === comma ? null : dot ? '.' : ',';
}

export function decimalEvidence(values: readonly string[]): DecimalEvidence {
  const evidence = { comma: 0, dot: 0 };
  for (const value of values) {
    const vote = separatorVote(value);
    if (vote === ',') evidence.comma += 1;
    if (vote === '.') evidence.dot += 1;
  }
  return evidence;
}

/**
 * The file's decimal separator: the majority of the values that tell; when none does (whole numbers,
 * `1,250`), a semicolon-separated file is taken to be European (decimal comma). The engine checks the
 * guess against the whole column (`decideDecimal`).
 */
export function guessDecimalSeparator(values: readonly string[], delimiter: string): DecimalSeparator {
  const { comma, dot } = decimalEvidence(values);
  if (comma !== dot) return comma > dot ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

/**
 * The whole column's verdict on a separator the file was read with: values that read only under it
 * confirm it, values that read only under the other contradict it. The majority wins, as for the day/month
 * order of dates; the values on the losing side are left out as unreadable, with examples.
 */
export function decideDecimal(readWith: DecimalSeparator, evidence: { confirming: number; contradicting: number }): DecimalSeparator {
  return evidence.contradicting > evidence.confirming ? otherSeparator(readWith) : readWith;
}
