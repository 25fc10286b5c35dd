import type { RoleId } from '../../../model/load/column-roles';
import type { DateOrder, DateSpec } from '../../../model/load/formats/date-order';
import type { LoadPlan } from '../../../model/load/load-plan';
import { CANCELLED_STATUSES, NOT_CANCELLED_MARKS, UNPAID_STATUSES } from '../../../model/load/order-status';
import { dateSql, plausibleDateSql, writtenDateSql } from './date-parsing';
import { quoteLiteral } from '../../db/identifiers';
import { numberSql, writtenNumberSql } from './number-parsing';
import { columnName } from './read-source';
import { trimmedTextSql } from './trimmed-text';

/**
 * Stage 1: every line of a file, read once, becomes a row of `order_lines` with one cleaning reason.
 * The CASE order is the product's definition: a line is counted under the first reason that
 * applies; a value that does not parse is NULL, so `NULL <= 0` is not true and the line falls
 * through to `unreadable` unless an earlier reason applies.
 *
 * Columns (others' queries rely on them): customer_id, invoice, quantity, unit_price, invoiced_at,
 * reason; and source_file, source_row (the record's number among the file's readable records),
 * line_hash (all columns, for duplicates), currency (NULL when not mapped), amount_given (the line had its own amount, not
 * one filled in from its order), the original text of lines not kept, and what campaigns say about a
 * customer: product, country and email (NULL when the column is not mapped or the cell is empty).
 *
 * With an order amount instead of line prices, each order's amount is carried by its first line
 * (quantity 1) and its other lines have quantity 0, so Σ quantity × unit_price counts every order
 * exactly once wherever it is summed. Once every file is read, sql/order-amounts.ts may find the
 * amount is a line total after all, or an order repeated in a later file.
 */
export interface LinesSource {
  /** A relation with text columns c0 … c(n-1) and one `?` parameter, the file. */
  reader: string;
  columns: number;
  fileIndex: number;
}

export interface DateParsing {
  spec: DateSpec;
  order: DateOrder;
}

const TEXT_ROLES: readonly [RoleId, string][] = [
  ['order_id', 'order_text'],
  ['customer_id', 'customer_text'],
  ['order_date', 'date_text'],
  ['quantity', 'quantity_text'],
  ['unit_price', 'price_text'],
  ['order_amount', 'amount_text'],
  ['status', 'status_text'],
  ['cancelled_at', 'cancelled_text'],
  ['currency', 'currency'],
  ['product', 'product_text'],
  ['country', 'country_text'],
  ['email', 'email_text'],
];

/** Order-level fields, filled from the order's first non-empty line when they are on the first line only. */
const ORDER_FIELDS: readonly RoleId[] = ['customer_id', 'order_date', 'order_amount', 'status', 'cancelled_at', 'currency', 'country', 'email'];

/**
 * Cells read as written, without checking each for spaces at its ends first, which cost a sixth of
 * the statement: numbers and dates are parsed by writtenNumberSql and writtenDateSql, which read such
 * a cell exactly as the trimmed one, and the texts kept for lines left out are trimmed there (a
 * fraction of the lines). Product and country are stored as written and trimmed where they are
 * used, by the campaigns and the segment comparison, which read them long after the load. A field
 * filled in from its order stays trimmed: the fill tests for an empty cell.
 */
const AS_WRITTEN: readonly RoleId[] = ['quantity', 'unit_price', 'order_date', 'product', 'country'];

/** Whether this plan reads a role's cells as written (AS_WRITTEN). */
function readAsWritten(plan: LoadPlan, role: RoleId): boolean {
  return AS_WRITTEN.includes(role) && !filledRoles(plan).includes(role);
}

/**
 * Filling order fields joins each line to its order, and a join does not keep the file's order:
 * `sorted` sorts the lines back by source_row in the statement; `checked-after` leaves that to the
 * caller, who must then keep the file's order (engine/load/file-order.ts), which costs a sort only
 * when the join did reorder the lines.
 */
export type LineOrder = 'sorted' | 'checked-after';

/** Whether reading with this plan joins each line to its order (orderFieldsCte). */
export function fillsOrderFields(plan: LoadPlan): boolean {
  return plan.money === 'order_amount' || plan.orderFieldsOnFirstLine;
}

export function orderLinesSql(
  plan: LoadPlan,
  source: LinesSource,
  dates: DateParsing,
  mode: 'create' | 'insert',
  table = 'order_lines',
  lineOrder: LineOrder = 'sorted',
): string {
  const byOrder = fillsOrderFields(plan);
  const target = mode === 'create' ? `CREATE OR REPLACE TABLE ${table} AS` : `INSERT INTO ${table} BY NAME SELECT * FROM`;
  return `
    ${target} (
    WITH source AS (${sourceSelect(plan, source)}),
    parsed AS (SELECT *, ${customerSql('customer_text')} AS customer_id, ${(readAsWritten(plan, 'order_date') ? writtenDateSql : dateSql)('date_text', dates.spec, dates.order)} AS parsed_at FROM source),
    ${byOrder ? orderFieldsCte(plan) : 'lines AS (SELECT *, true AS first_line FROM parsed),'}
    typed AS (${typedSelect(plan)}),
    checked AS (SELECT * REPLACE (${plausibleDateSql('invoiced_at')} AS invoiced_at) FROM typed)
    SELECT ${source.fileIndex}::USMALLINT AS source_file, source_row, line_hash, customer_id, invoice,
      ${storedMoney(plan)}, amount_given, invoiced_at, reason,
      ${keptTextIfNot(plan, 'quantity')}, ${keptTextIfNot(plan, plan.money === 'lines' ? 'unit_price' : 'order_amount', 'unit_price_text')},
      ${keptTextIfNot(plan, 'order_date', 'invoice_date_text')}, ${keptTextIfNot(plan, 'status')}, ${storedCurrency(plan)},
      nullif(product_text, '') AS product, nullif(country_text, '') AS country, nullif(email_text, '') AS email
    FROM (SELECT *, ${reasonSql(plan)} AS reason FROM checked)
    ${byOrder && lineOrder === 'sorted' ? 'ORDER BY source_row' : ''})`;
}

function sourceSelect(plan: LoadPlan, source: LinesSource): string {
  const all = Array.from({ length: source.columns }, (_, index) => columnName(index));
  const texts = TEXT_ROLES.map(([role, alias]) => {
    const column = plan.mapping[role];
    if (column === undefined || column >= source.columns) return `''::VARCHAR AS ${alias}`;
    const cell = columnName(column);
    return `${readAsWritten(plan, role) ? `coalesce(${cell}, '')` : trimmedTextSql(cell)} AS ${alias}`;
  });
  return `SELECT row_number() OVER () AS source_row, hash(${all.join(', ')}) AS line_hash, ${texts.join(', ')}, amount_text <> '' AS amount_given
    FROM ${source.reader}`;
}

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
function orderFieldsCte(plan: LoadPlan): string {
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

/** The roles whose empty cells are filled in from the order's first line that has them. */
function filledRoles(plan: LoadPlan): RoleId[] {
  if (!fillsOrderFields(plan)) return [];
  return (plan.orderFieldsOnFirstLine ? ORDER_FIELDS : ['order_amount' as const]).filter(
    (role) => plan.mapping[role] !== undefined && (role !== 'order_amount' || plan.money === 'order_amount'),
  );
}

function textAlias(role: RoleId): string {
  return TEXT_ROLES.find(([textRole]) => textRole === role)![1];
}

/** The columns a field fills on a line without it: its text, and the value read from that text (READ_FIELDS). */
function filledColumns(field: string): { text: string; column: string; fromOrder: string }[] {
  const asText = { text: field, column: field, fromOrder: `coalesce(orders.${field}, '')` };
  const read = READ_FIELDS[field];
  const asValue = read ? [{ text: field, column: read, fromOrder: `orders.${read}` }] : [];
  return READ_ONLY_FIELDS.has(field) ? asValue : [asText, ...asValue];
}

function typedSelect(plan: LoadPlan): string {
  const money =
    plan.money === 'lines'
      ? [
          plan.mapping.quantity === undefined ? '1::DECIMAL(18, 4) AS quantity' : `${cellNumberSql(plan, 'quantity', 4)} AS quantity`,
          `${cellNumberSql(plan, 'unit_price', 6)} AS unit_price`,
        ]
      : [`${cellNumberSql(plan, 'order_amount', 6)} AS amount`];
  return `
    SELECT *,
      order_text AS invoice,
      ${money.join(',\n      ')},
      parsed_at AS invoiced_at,
      ${cancelledSql(plan)} AS cancelled,
      ${plan.mapping.status === undefined ? 'false' : isOneOf('status_text', UNPAID_STATUSES)} AS unpaid
    FROM lines`;
}

/** A role's number, from its text as the source gave it (trimmed, or as written). */
function cellNumberSql(plan: LoadPlan, role: RoleId, scale: 4 | 6): string {
  return (readAsWritten(plan, role) ? writtenNumberSql : numberSql)(textAlias(role), plan.decimalSeparator, scale);
}

/**
 * Blank is no customer; `17850.0` (a spreadsheet's number) is `17850`; e-mail addresses ignore case,
 * but an id that merely contains `@` (`ACME@Store7`) is kept as written. The `.0` is cut with string
 * functions, not a regular expression: most ids in such a file end in it, so that ending is cut
 * first without looking for more zeros; the e-mail pattern is only tried on values with an `@`.
 */
function customerSql(text: string): string {
  const withoutZeros = `rtrim(${text}, '0')`;
  return `CASE WHEN ${text} = '' THEN NULL
    WHEN contains(${text}, '@') AND regexp_full_match(${text}, '[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+') THEN lower(${text})
    WHEN ends_with(${text}, '.0') THEN left(${text}, -2)
    WHEN ends_with(${text}, '0') AND ends_with(${withoutZeros}, '.') THEN left(${withoutZeros}, -1)
    ELSE ${text} END`;
}

/**
 * Cancelled: a C-prefixed order id (Online Retail), a cancelling status, or a cancelled-at cell that
 * is not empty or a no. The prefix is either case, tested as two prefixes: `upper` would copy every id.
 */
function cancelledSql(plan: LoadPlan): string {
  const tests: string[] = [];
  if (plan.cancelledPrefix) tests.push(`order_text LIKE 'C%' OR order_text LIKE 'c%'`);
  if (plan.mapping.status !== undefined) tests.push(isOneOf('status_text', CANCELLED_STATUSES));
  if (plan.mapping.cancelled_at !== undefined) tests.push(`NOT ${isOneOf('cancelled_text', NOT_CANCELLED_MARKS)}`);
  return tests.length ? `(${tests.join(' OR ')})` : 'false';
}

/** The words of model/order-status.ts, matched as it does: ignoring case (the text is trimmed already). */
function isOneOf(text: string, words: readonly string[]): string {
  return `lower(${text}) IN (${words.map(quoteLiteral).join(', ')})`;
}

function reasonSql(plan: LoadPlan): string {
  const money =
    plan.money === 'lines'
      ? `WHEN quantity <= 0 THEN 'non_positive_quantity'
        WHEN unit_price <= 0 THEN 'non_positive_price'
        WHEN quantity IS NULL OR unit_price IS NULL OR invoiced_at IS NULL OR invoice = '' THEN 'unreadable'`
      : `WHEN amount <= 0 THEN 'non_positive_price'
        WHEN amount IS NULL OR invoiced_at IS NULL OR invoice = '' THEN 'unreadable'`;
  return `CASE
        WHEN customer_id IS NULL THEN 'missing_customer'
        WHEN cancelled THEN 'cancelled'
        WHEN unpaid THEN 'unpaid'
        ${money}
        ELSE 'kept'
      END`;
}

function storedMoney(plan: LoadPlan): string {
  if (plan.money === 'lines') return 'quantity, unit_price';
  return `(CASE WHEN first_line THEN 1 ELSE 0 END)::DECIMAL(18, 4) AS quantity, amount AS unit_price`;
}

/**
 * The currency as written (trimmed; '' on a line without one), or NULL on every line when no column
 * is mapped: writing an empty text on every line cost 3% of the statement, a NULL next to nothing.
 */
function storedCurrency(plan: LoadPlan): string {
  return plan.mapping.currency === undefined ? 'NULL::VARCHAR AS currency' : 'currency';
}

/** Original text is kept only for lines left out, trimmed: the rejected-lines download and the examples need it. */
function keptTextIfNot(plan: LoadPlan, role: RoleId, alias = textAlias(role)): string {
  const text = textAlias(role);
  return `CASE WHEN reason <> 'kept' THEN ${readAsWritten(plan, role) ? trimmedTextSql(text) : text} END AS ${alias}`;
}
