import type { RoleId } from '../../../../model/load/column-roles';
import type { LoadPlan } from '../../../../model/load/load-plan';
import { columnName } from '../read-source';
import { trimmedTextSql } from './trimmed-text';

/**
 * The first step of reading a file into order_lines (mapped-lines.ts): each mapped column's cells as
 * text under one name per role, the line's number among the file's readable records, and a hash of
 * all its columns (for duplicates; hashing reads every cell, so DuckDB checks every cell's text, see
 * read-orders.ts NotUtf8). Which cells are trimmed, which are read as written, and which order-level
 * fields are filled in from the order's first line (order-fields.ts). The product is read apart
 * (lineDetailsTextsSql).
 */
export interface LinesSource {
  /** A relation with text columns c0 … c(n-1) and one `?` parameter, the file. */
  reader: string;
  columns: number;
  fileIndex: number;
  /** How lines are numbered (lineNumberSql); a window unless said otherwise. */
  numbering?: LineNumbering;
}

/**
 * A window (`row_number() OVER ()`) numbers the lines in the order read on any number of threads.
 * On one thread (Connector.sequential) the sequence LINE_NUMBERS, created afresh before each read
 * (startLineNumbersSql), gives the same numbers for about 20 ms less on the real file's 541,909
 * lines. It is used only where the lines are read once in the statement: a plan that fills order
 * fields joins the lines to their orders, and the read could be evaluated twice.
 */
export type LineNumbering = 'window' | 'sequence';

const LINE_NUMBERS = 'line_numbers';

export function startLineNumbersSql(): string {
  return `CREATE OR REPLACE TEMP SEQUENCE ${LINE_NUMBERS} START 1`;
}

/** The numbering a connector allows for a plan (see LineNumbering). */
export function lineNumbering(plan: LoadPlan, sequential: boolean | undefined): LineNumbering {
  return sequential && !fillsOrderFields(plan) ? 'sequence' : 'window';
}

function lineNumberSql(source: LinesSource): string {
  return source.numbering === 'sequence' ? `nextval('${LINE_NUMBERS}')` : 'row_number() OVER ()';
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

/**
 * A product or country cell as line_details and order_lines store it (as written, AS_WRITTEN), as those who show it
 * read it: trimmed, and NULL when nothing is left. One rule for every reader, so none shows
 * `" Mug "` or counts it apart from `"Mug"`.
 */
export function storedTextSql(column: string): string {
  return `nullif(trim(${column}), '')`;
}

/**
 * Texts only the campaigns, the segment comparison and a kept analysis read, read in a second pass
 * (line-details.ts) instead of with the lines: writing them on every line cost about a tenth of the
 * read. A country filled in from the order's first line is read with the lines: filling needs the
 * order's lines together, as the first pass has them.
 */
const READ_APART: readonly RoleId[] = ['product', 'country'];

/** Whether this plan reads a role's cells in the second pass (READ_APART). */
export function readApart(plan: LoadPlan, role: RoleId): boolean {
  return READ_APART.includes(role) && !filledRoles(plan).includes(role);
}

/** Whether this plan reads a role's cells as written (AS_WRITTEN). */
export function readAsWritten(plan: LoadPlan, role: RoleId): boolean {
  return AS_WRITTEN.includes(role) && !filledRoles(plan).includes(role);
}

/** Whether reading with this plan joins each line to its order (orderFieldsCte). */
export function fillsOrderFields(plan: LoadPlan): boolean {
  return plan.money === 'order_amount' || plan.orderFieldsOnFirstLine;
}

/** The roles whose empty cells are filled in from the order's first line that has them. */
export function filledRoles(plan: LoadPlan): RoleId[] {
  if (!fillsOrderFields(plan)) return [];
  return (plan.orderFieldsOnFirstLine ? ORDER_FIELDS : ['order_amount' as const]).filter(
    (role) => plan.mapping[role] !== undefined && (role !== 'order_amount' || plan.money === 'order_amount'),
  );
}

/** The name a role's text has in the statement. */
export function textAlias(role: RoleId): string {
  return TEXT_ROLES.find(([textRole]) => textRole === role)![1];
}

/** The mapped cells of a file as text, one per role ('' for a role not mapped). */
export function lineTextsSql(plan: LoadPlan, source: LinesSource): string {
  const texts = TEXT_ROLES.map(([role, alias]) => `${readApart(plan, role) ? `''::VARCHAR` : roleTextSql(plan, role, source)} AS ${alias}`);
  return `SELECT ${lineNumberSql(source)} AS source_row, ${lineHashSql(source)}, ${texts.join(', ')}, amount_text <> '' AS amount_given
    FROM ${source.reader}`;
}

/**
 * What the second pass over a file reads of each line (line-details.ts): its number, counted as
 * lineTextsSql counts it, and the texts read apart (READ_APART; '' when not). The hash reads every
 * cell here too: a line the first pass set aside for a cell that is not UTF-8, this one sets aside
 * as well, and the two number the lines alike.
 */
export function lineDetailsTextsSql(plan: LoadPlan, source: LinesSource): string {
  const apart = (role: RoleId) => (readApart(plan, role) ? roleTextSql(plan, role, source) : `''::VARCHAR`);
  return `SELECT ${lineNumberSql(source)} AS source_row, ${lineHashSql(source)}, ${apart('product')} AS product_text, ${apart('country')} AS country_text
    FROM ${source.reader}`;
}

function lineHashSql(source: LinesSource): string {
  const all = Array.from({ length: source.columns }, (_, index) => columnName(index));
  return `hash(${all.join(', ')}) AS line_hash`;
}

function roleTextSql(plan: LoadPlan, role: RoleId, source: LinesSource): string {
  const column = plan.mapping[role];
  if (column === undefined || column >= source.columns) return `''::VARCHAR`;
  const cell = columnName(column);
  return readAsWritten(plan, role) ? `coalesce(${cell}, '')` : trimmedTextSql(cell);
}

