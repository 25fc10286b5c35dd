import { numberRoles, type RoleId } from '../../model/load/column-roles';
import type { LoadPlan } from '../../model/load/load-plan';
import { decideDecimal, type DecimalSeparator } from '../../model/load/formats/number-format';
import type { Connector } from '../db/connector';
import type { InspectedSource } from './inspect-sources';
import { contradictingLinesSql, decimalVotesSql } from './sql/lines/number-parsing';
import { columnName } from './sql/read-source';

/**
 * The decimal separator checked against the whole file, as the day/month order of dates is: the
 * sample's guess stands unless values written the other way outnumber those that confirm it. Lines
 * that only the other separator reads are found among the unreadable ones at no cost; only when there
 * are some is every file read once more to count both sides.
 */
const STORED: Partial<Record<RoleId, [parsed: string, text: string]>> = {
  quantity: ['quantity', 'quantity_text'],
  unit_price: ['unit_price', 'unit_price_text'],
  order_amount: ['unit_price', 'unit_price_text'],
};

/** The roles of a plan whose columns hold numbers, with their columns. */
function numberColumns(plan: LoadPlan): { role: RoleId; column: number }[] {
  return numberRoles(plan.money).flatMap((role) => (plan.mapping[role] === undefined ? [] : [{ role, column: plan.mapping[role] }]));
}

/** Lines of a table written by sql/lines/mapped-lines.ts whose number reads only under the other separator. */
export function contradictingSql(plan: LoadPlan, table: string): string | null {
  const stored = numberColumns(plan).map(({ role }) => STORED[role]!);
  return stored.length === 0 ? null : contradictingLinesSql(table, stored, plan.decimalSeparator);
}

export async function settleDecimal(db: Connector, sources: readonly InspectedSource[], plan: LoadPlan): Promise<DecimalSeparator> {
  const contradicting = contradictingSql(plan, 'order_lines');
  if (contradicting === null) return plan.decimalSeparator;
  const [failed] = await db.query<{ lines: number }>(contradicting);
  if (failed.lines === 0) return plan.decimalSeparator;
  const evidence = { confirming: 0, contradicting: 0 };
  for (const source of sources) {
    const texts = numberColumns(plan).filter(({ column }) => column < source.columns).map(({ column }) => columnName(column));
    const [votes] = await db.query<{ confirming: number; contradicting: number }>(decimalVotesSql(source.reader, texts, plan.decimalSeparator), [source.registeredName]);
    evidence.confirming += votes.confirming;
    evidence.contradicting += votes.contradicting;
  }
  return decideDecimal(plan.decimalSeparator, evidence);
}
