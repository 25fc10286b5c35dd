import type { LoadPlan } from '../../../../model/load/load-plan';
import { filledRoles, textAlias } from './line-texts';

/** Text fields read into a value on each line before order fields are filled in: the value's column. */
const READ_FIELDS: Record<string, string> = { customer_text: 'customer_id', date_text: 'parsed_at' };

/** Text fields only read into a value (READ_FIELDS): the lines keep the value, not the text. */
const READ_ONLY_FIELDS = new Set(['customer_text']);

/**
 * Order-level fields from the order's first line that has them; the order's first line is marked.
 * A customer or date filled in this way is the one its line was read as, not read again on every
 * line of the order: the text is the same, and an e-mail address or a date with a time-zone offset
 * takes a regular expression. A field is filled only where it can matter: a column that is not
 * mapped is empty on every line, and an order amount is read only when the money comes from it.
 */
export function orderFieldsCte(plan: LoadPlan): string {
  const fills = filledRoles(plan).flatMap((role) => filledColumns(textAlias(role)));
  const firsts = fills.map(({ text, column }) => `arg_min(${column}, source_row) FILTER (WHERE ${text} <> '') AS ${column}`);
  const replaced = fills.map(({ text, column, fromOrder }) => `CASE WHEN parsed.${text} = '' THEN ${fromOrder} ELSE parsed.${column} END AS ${column}`);
  return `
    orders AS (SELECT order_text, ${['min(source_row) AS first_row', ...firsts].join(', ')} FROM parsed GROUP BY order_text),
    lines AS (
      SELECT parsed.*${replaced.length ? ` REPLACE (${replaced.join(', ')})` : ''}, parsed.source_row = orders.first_row AS first_line
      FROM parsed JOIN orders USING (order_text)
    ),`;
}

/** The columns a field fills on a line without it: its text, and the value read from that text (READ_FIELDS). */
function filledColumns(field: string): { text: string; column: string; fromOrder: string }[] {
  const asText = { text: field, column: field, fromOrder: `coalesce(orders.${field}, '')` };
  const read = READ_FIELDS[field];
  const asValue = read ? [{ text: field, column: read, fromOrder: `orders.${read}` }] : [];
  return READ_ONLY_FIELDS.has(field) ? asValue : [asText, ...asValue];
}

