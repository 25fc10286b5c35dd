import { ROLE_INFO, type RoleId } from '../../model/load/column-roles';
import { columnValues } from '../../model/load/layout-detection';
import { profileDates } from '../../model/load/formats/date-order';
import type { LoadPlan } from '../../model/load/load-plan';
import { otherSeparator, type DecimalSeparator } from '../../model/load/formats/number-format';
import { amountSpreadText } from '../../model/load/order-amounts';
import type { Connector } from '../db/connector';
import type { Inspection } from './inspect-sources';
import type { MappingCheck, MappingProblem } from '../../protocol/load';
import { amountSpread } from './order-amounts';
import { writePreviewTable } from './preview-lines';
import { fallbackDateSpec } from './sql/lines/date-parsing';
import { orderLinesSql } from './sql/lines/mapped-lines';
import { contradictsSql } from './sql/lines/number-parsing';

/**
 * What a mapping would make of the first lines (`preview_lines`, preview-lines.ts), before
 * anything is analysed: values that do not read, numbers written with the other decimal separator,
 * and an amount column that differs between the lines of an order (a line total).
 */
type Kind = 'empty' | 'dates' | 'numbers' | 'other_separator';

interface Check {
  role: RoleId;
  kind: Kind;
  text: string;
  test: string;
}

export async function checkMapping(db: Connector, { sources, preview }: Inspection, plan: LoadPlan): Promise<MappingCheck> {
  const dateValues = plan.mapping.order_date === undefined ? [] : columnValues(preview.rows, plan.mapping.order_date);
  const spec = profileDates(dateValues) ?? fallbackDateSpec('ymd');
  const order = plan.dateOrder !== 'auto' ? plan.dateOrder : spec.dayMonthShape ? (spec.order ?? 'mdy') : 'ymd';
  await writePreviewTable(db, sources[0]);
  const source = { reader: 'preview_lines', columns: sources[0].columns, fileIndex: 0 };
  await db.query(orderLinesSql(plan, source, { spec, order }, 'create', 'mapping_check'));
  const rows = await db.query<{ field: RoleId; kind: Kind; lines: number; examples: string | null }>(checkSql(plan));
  const sampleLines = preview.rows.length;
  const columnOf = (role: RoleId) => preview.headers[plan.mapping[role]!];
  const problems: MappingProblem[] = rows
    .filter((row) => row.lines > 0 && plan.mapping[row.field] !== undefined)
    .map((row) => {
      const examples = row.examples ? row.examples.split('\x1f') : [];
      return problem(row.field, row.kind, columnOf(row.field), row.lines, examples, sampleLines, plan.decimalSeparator);
    });
  if (plan.money === 'order_amount' && plan.mapping.order_amount !== undefined) {
    const spread = await amountSpread(db, 'mapping_check');
    const text = amountSpreadText(columnOf('order_amount'), spread, ` in the first ${sampleLines.toLocaleString('en-US')} lines`);
    if (text) {
      const examples = spread.exampleOrder === null ? [] : [spread.exampleOrder];
      problems.push({ role: 'order_amount', column: columnOf('order_amount'), lines: spread.differing, examples, message: `${ROLE_INFO.order_amount.label} → ${text}` });
    }
  }
  return { sampleLines, problems };
}

function checks(plan: LoadPlan): Check[] {
  const numbers: [RoleId, string, string][] =
    plan.money === 'lines'
      ? [
          ['quantity', 'quantity_text', 'quantity'],
          ['unit_price', 'unit_price_text', 'unit_price'],
        ]
      : [['order_amount', 'unit_price_text', 'unit_price']];
  return [
    { role: 'order_id', kind: 'empty', text: 'invoice', test: `invoice = ''` },
    { role: 'order_date', kind: 'dates', text: 'invoice_date_text', test: 'invoiced_at IS NULL' },
    ...numbers.flatMap(([role, text, parsed]): Check[] => {
      const other = contradictsSql(text, plan.decimalSeparator);
      return [
        { role, kind: 'numbers', text, test: `${parsed} IS NULL AND NOT ${other}` },
        { role, kind: 'other_separator', text, test: `${parsed} IS NULL AND ${other}` },
      ];
    }),
  ];
}

function checkSql(plan: LoadPlan): string {
  const examples = (text: string, test: string) => `array_to_string(list(DISTINCT ${text} ORDER BY ${text}) FILTER (WHERE ${test} AND ${text} <> '')[1:3], chr(31))`;
  return checks(plan)
    .map(
      ({ role, kind, text, test }) =>
        `SELECT '${role}' AS field, '${kind}' AS kind, count(*) FILTER (WHERE ${test})::INTEGER AS lines, ${examples(text, test)} AS examples FROM mapping_check`,
    )
    .join(' UNION ALL ');
}

const SEPARATOR_NAMES: Record<DecimalSeparator, string> = { '.': 'decimal point', ',': 'decimal comma' };

function problem(role: RoleId, kind: Kind, column: string, lines: number, examples: string[], sampleLines: number, decimal: DecimalSeparator): MappingProblem {
  const shown = examples.length ? ` (e.g. ${examples.map((value) => `"${value}"`).join(', ')})` : '';
  const counted = `${lines.toLocaleString('en-US')} of the first ${sampleLines.toLocaleString('en-US')} values`;
  const what =
    kind === 'other_separator'
      ? `${counted} are written with a ${SEPARATOR_NAMES[otherSeparator(decimal)]}${shown}, not the ${SEPARATOR_NAMES[decimal]} chosen; the whole file decides which one counts, and values written the other way are left out as unreadable.`
      : `${counted} ${kind === 'empty' ? 'are empty' : `do not read as ${kind === 'dates' ? 'dates' : 'numbers'}`}${shown}.`;
  return { role, column, lines, examples, message: `${ROLE_INFO[role].label} → "${column}": ${what}` };
}
