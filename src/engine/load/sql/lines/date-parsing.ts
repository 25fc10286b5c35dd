import { dateFormats, OFFSET, type DateOrder, type DateSpec } from '../../../../model/load/formats/date-order';
import { quoteLiteral } from '../../../db/identifiers';
import { trimmedTextSql } from './trimmed-text';

/**
 * Reads a date or date-time written as text in one day/month order. A trailing time-zone offset is
 * dropped (after a time only), so the shop's own wall-clock date counts, as the shop saw the order:
 * `2024-03-05 23:30:00 -0500` is 5 March, although it was already the 6th in UTC. When the sample had
 * no offsets the text is read as it is first and without an offset only if that fails, so a column
 * without offsets pays for no regular expression.
 * Years outside 1900–2199 are refused: strptime reads `3/5/24` with `%Y` as the year 24.
 * An empty cell is no date without being tried: a failed try_strptime costs far more than one that
 * reads (an order's other lines in a Shopify export have no date).
 */
export function dateSql(text: string, spec: DateSpec, order: DateOrder): string {
  return `CASE WHEN ${text} = '' THEN NULL ELSE ${parsedDateSql(text, spec, order)} END`;
}

/**
 * A date cell as written, spaces at its ends and all, read exactly as dateSql reads the trimmed
 * cell, without checking every cell for spaces first (see writtenNumberSql): strptime skips ASCII
 * white space at both ends, and a cell that does not read as written is trimmed and read as before.
 */
export function writtenDateSql(cell: string, spec: DateSpec, order: DateOrder): string {
  return `CASE WHEN ${cell} = '' THEN NULL ELSE coalesce(${parsedDateSql(cell, spec, order)}, ${dateSql(trimmedTextSql(cell), spec, order)}) END`;
}

/**
 * The sample's likeliest format (its most frequent time of day: dateFormats lists it first) is tried
 * alone before the list: try_strptime with one format took about 20 ms less on the real file's
 * 541,909 dates than with the list, whose first format reads them all the same. A text reads under
 * at most one of the formats (each must read the whole text), so trying one first changes no date.
 */
function parsedDateSql(text: string, spec: DateSpec, order: DateOrder): string {
  const listed = dateFormats(spec, order);
  const formats = `[${listed.map(quoteLiteral).join(', ')}]`;
  const withoutOffset = `CASE WHEN contains(${text}, ':') THEN regexp_replace(${text}, ${quoteLiteral(OFFSET.source)}, '', 'i') ELSE ${text} END`;
  if (spec.offset) return `try_strptime(${withoutOffset}, ${formats})`;
  return `coalesce(try_strptime(${text}, ${quoteLiteral(listed[0])}), try_strptime(${text}, ${formats}), try_strptime(${withoutOffset}, ${formats}))`;
}

/** Keeps a parsed timestamp only within plausible years (see above). */
export function plausibleDateSql(parsed: string): string {
  return `CASE WHEN ${parsed} >= TIMESTAMP '1900-01-01' AND ${parsed} < TIMESTAMP '2200-01-01' THEN ${parsed} END`;
}

/** A spec for a column whose sample showed no date at all: every shape is tried. */
export function fallbackDateSpec(order: DateOrder): DateSpec {
  return {
    order,
    separator: order === 'ymd' ? '-' : '/',
    dayMonthShape: order !== 'ymd',
    twoDigitYear: false,
    offset: true,
    evidence: { dayFirst: 0, monthFirst: 0 },
    times: ['hms', 'hm', 'none'],
  };
}
