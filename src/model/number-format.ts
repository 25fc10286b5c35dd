/**
 * How numbers are written: `12.50` or `12,50`, with or without thousands separators (`1,234.50`,
 * `1.234,50`, `1 234,50`, `1'234.50`) and currency symbols or codes (`€12,50`, `12.50 USD`). The
 * decimal separator is decided for the whole file from its amount and quantity columns; the SQL that
 * reads the numbers is in engine/sql/number-parsing.ts.
 */
export type DecimalSeparator = '.' | ',';

export interface DecimalEvidence {
  /** Values that can only be read with a decimal comma, and only with a decimal point. */
  comma: number;
  dot: number;
}

/** Currency codes and symbols before or after the number; engine/sql/number-parsing.ts has the same in SQL. */
const CURRENCY_AROUND = /^(?:[A-Z]{3}|[$€£¥₹₽₩₺₪₫฿]|R\$|kr\.?|zł|Fr\.?)\s*|\s*(?:[A-Z]{3}|[$€£¥₹₽₩₺₪₫฿]|kr\.?|zł)$/g;
const GROUPING = /[\s\u00a0\u202f'’]/g;

/** The digits, signs and separators of a cell, without currency and grouping spaces. */
export function numberCore(text: string): string {
  return text.trim().replace(CURRENCY_AROUND, '').replace(GROUPING, '');
}

/** Which separator a value votes for; null when it reads the same either way (`12`, `1,250`). */
export function separatorVote(text: string): DecimalSeparator | null {
  const core = numberCore(text);
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(core)) return null;
  const lastComma = core.lastIndexOf(',');
  const lastDot = core.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  const separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
  if (separator === null) return null;
  const parts = core.split(separator);
  // Several of one mark can only be thousands groups; one mark followed by other than three digits is a decimal.
  if (parts.length > 2) return separator === ',' ? '.' : ',';
  return parts[1].length === 3 ? null : separator;
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
 * `1,250`), a semicolon-separated file is taken to be European (decimal comma).
 */
export function guessDecimalSeparator(values: readonly string[], delimiter: string): DecimalSeparator {
  const { comma, dot } = decimalEvidence(values);
  if (comma !== dot) return comma > dot ? ',' : '.';
  return delimiter === ';' ? ',' : '.';
}

/** A number as the engine reads it, for checks in plain TypeScript (the engine's SQL is the reference). */
export function parseNumber(text: string, decimal: DecimalSeparator): number | null {
  const core = numberCore(text);
  const normal = decimal === '.' ? core.replaceAll(',', '') : core.replaceAll('.', '').replace(',', '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normal) ? Number(normal) : null;
}
