import { NEGATIVE_MARKS, NUMBER_PARTS, otherSeparator, strictNumber, type DecimalSeparator } from '../../../../model/load/formats/number-format';
import { quoteLiteral } from '../../../db/identifiers';
import { trimmedTextSql } from './trimmed-text';

/**
 * Reads a number written as text by the rules of model/number-format.ts, with the same patterns: the
 * number between signs, currency and spaces must be grouped digits with one decimal part, else it is
 * NULL (counted as unreadable, never misread). Plain numbers (`12.50`, or `12,50` under a decimal
 * comma) take a fast path, a cast with no regular expression; the `contains` tests keep off it what a
 * cast reads but the rules do not (`1e3`, `1_000`, and under a decimal comma any `.`).
 */
export function numberSql(text: string, decimal: DecimalSeparator, scale: 4 | 6): string {
  const number = `regexp_extract(regexp_extract(${text}, ${quoteLiteral(NUMBER_PARTS)}, 1), ${quoteLiteral(strictNumber(decimal))})`;
  const digits = `replace(regexp_replace(${number}, ${quoteLiteral(`[^0-9${decimal}]`)}, '', 'g'), ${quoteLiteral(decimal)}, '.')`;
  const negative = NEGATIVE_MARKS.map((mark) => `contains(${text}, ${quoteLiteral(mark)})`).join(' OR ');
  return `coalesce(${plainNumberSql(text, decimal, scale)}, TRY_CAST(CASE WHEN ${negative} THEN '-' ELSE '' END || ${digits} AS DECIMAL(18, ${scale})))`;
}

/**
 * A number cell as written, spaces at its ends and all, read exactly as numberSql reads the trimmed
 * cell: checking every cell for spaces to trim cost a tenth of reading a file, and most cells have
 * none. DuckDB's cast itself skips ASCII white space at both ends, so a cell the fast path reads
 * as written reads the same trimmed, except a sign followed by spaces, which the cast reads as 0
 * (`- `; `-` is no number): a 0 is read again from the trimmed cell, as is a cell the fast path does
 * not read (a no-break space, a currency sign). COALESCE evaluates its second argument only where
 * the first is NULL.
 */
export function writtenNumberSql(cell: string, decimal: DecimalSeparator, scale: 4 | 6): string {
  return `coalesce(nullif(${plainNumberSql(cell, decimal, scale)}, 0), ${numberSql(trimmedTextSql(cell), decimal, scale)})`;
}

/** The fast path: a cast with no regular expression, kept off what a cast reads but the rules do not. */
function plainNumberSql(text: string, decimal: DecimalSeparator, scale: 4 | 6): string {
  const plain = decimal === '.' ? text : `replace(${text}, ',', '.')`;
  const notPlain = ['e', 'E', '_', ...(decimal === ',' ? ['.'] : [])].map((mark) => `contains(${text}, ${quoteLiteral(mark)})`);
  return `CASE WHEN ${notPlain.join(' OR ')} THEN NULL ELSE TRY_CAST(${plain} AS DECIMAL(18, ${scale})) END`;
}

/** True when a text reads only under the other separator: it contradicts `decimal`. */
export function contradictsSql(text: string, decimal: DecimalSeparator): string {
  return `(${numberSql(text, decimal, 6)} IS NULL AND ${numberSql(text, otherSeparator(decimal), 6)} IS NOT NULL)`;
}

/**
 * Lines read whose number did not read but would under the other separator. `values` pairs each
 * parsed column of order_lines (or the mapping check) with its kept text.
 */
export function contradictingLinesSql(table: string, values: readonly [parsed: string, text: string][], decimal: DecimalSeparator): string {
  const tests = values.map(([parsed, text]) => `(${parsed} IS NULL AND ${contradictsSql(text, decimal)})`);
  return `SELECT count(*)::INTEGER AS lines FROM ${table} WHERE ${tests.join(' OR ')}`;
}

/**
 * The whole file's votes, for when some lines contradict the separator: lines with a value that reads
 * only under it (confirming) or only under the other (contradicting). `texts` are the file's columns.
 */
export function decimalVotesSql(reader: string, texts: readonly string[], decimal: DecimalSeparator): string {
  const trimmed = texts.map((text, index) => `${trimmedTextSql(text)} AS v${index}`);
  const any = (test: (value: string) => string) => texts.map((_, index) => test(`v${index}`)).join(' OR ');
  return `
    SELECT count(*) FILTER (WHERE ${any((value) => contradictsSql(value, otherSeparator(decimal)))})::INTEGER AS confirming,
           count(*) FILTER (WHERE ${any((value) => contradictsSql(value, decimal))})::INTEGER AS contradicting
    FROM (SELECT ${trimmed.join(', ')} FROM ${reader})`;
}
