import type { RoleId } from '../../../../model/load/column-roles';
import type { DateOrder, DateSpec } from '../../../../model/load/formats/date-order';
import type { LoadPlan } from '../../../../model/load/load-plan';
import { CANCELLED_STATUSES, NOT_CANCELLED_MARKS, UNPAID_STATUSES } from '../../../../model/load/order-status';
import { dateSql, plausibleDateSql, writtenDateSql } from './date-parsing';
import { quoteLiteral } from '../../../db/identifiers';
import { numberSql, writtenNumberSql } from './number-parsing';
import { trimmedTextSql } from './trimmed-text';
import { fillsOrderFields, lineTextsSql, readAsWritten, textAlias, type LinesSource } from './line-texts';
import { orderFieldsCte } from './order-fields';

/**
 * Stage 1: every line of a file, read once, becomes a row of `order_lines` with one cleaning reason.
 * The CASE order is the product's definition: a line is counted under the first reason that
 * applies; a value that does not parse is NULL, so `NULL <= 0` is not true and the line falls
 * through to `unreadable` unless an earlier reason applies.
 *
 * Columns (others' queries rely on them): customer_id, invoice, quantity, unit_price, invoiced_at,
 * reason; and source_file, source_row (the record's number among the file's readable records; with
 * source_file, the key of line_details, which holds each line's product: line-details.ts), line_hash
 * (all columns, for duplicates), currency (NULL when not mapped), amount_given (the line had its own
 * amount, not one filled in from its order), the original text of lines not kept, and what campaigns
 * say about a customer: country as written (read it with line-texts.ts storedTextSql) and email (each
 * NULL when the column is not mapped or the cell is empty).
 *
 * With an order amount instead of line prices, each order's amount is carried by its first line
 * (quantity 1) and its other lines have quantity 0, so Σ quantity × unit_price counts every order
 * exactly once wherever it is summed. Once every file is read, sql/order-amounts.ts may find the
 * amount is a line total after all, or an order repeated in a later file.
 */
export interface DateParsing {
  spec: DateSpec;
  order: DateOrder;
}

/**
 * Filling order fields joins each line to its order, and a join does not keep the file's order:
 * `sorted` sorts the lines back by source_row in the statement; `checked-after` leaves that to the
 * caller, who must then keep the file's order (engine/load/file-order.ts), which costs a sort only
 * when the join did reorder the lines.
 */
export type LineOrder = 'sorted' | 'checked-after';

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
    WITH source AS (${lineTextsSql(plan, source)}),
    parsed AS (SELECT *, ${customerSql('customer_text')} AS customer_id, ${(readAsWritten(plan, 'order_date') ? writtenDateSql : dateSql)('date_text', dates.spec, dates.order)} AS parsed_at FROM source),
    ${byOrder ? orderFieldsCte(plan) : 'lines AS (SELECT *, true AS first_line FROM parsed),'}
    typed AS (${typedSelect(plan)}),
    checked AS (SELECT * REPLACE (${plausibleDateSql('invoiced_at')} AS invoiced_at) FROM typed)
    SELECT ${source.fileIndex}::USMALLINT AS source_file, source_row, line_hash, customer_id, invoice,
      ${storedMoney(plan)}, amount_given, invoiced_at, reason,
      ${keptTextIfNot(plan, 'quantity')}, ${keptTextIfNot(plan, plan.money === 'lines' ? 'unit_price' : 'order_amount', 'unit_price_text')},
      ${keptTextIfNot(plan, 'order_date', 'invoice_date_text')}, ${keptTextIfNot(plan, 'status')}, ${storedCurrency(plan)},
      nullif(country_text, '') AS country, nullif(email_text, '') AS email
    FROM (SELECT *, ${reasonSql(plan)} AS reason FROM checked)
    ${byOrder && lineOrder === 'sorted' ? 'ORDER BY source_row' : ''})`;
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
