import { MAX_CONDITIONS } from '../../model/segments/tier-rules/check-rule-set';
import { prepareColumns } from '../../model/segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../../model/segments/tier-rules/evaluate-tier-rules';
import type { ResolvedRuleSet } from '../../model/segments/tier-rules/resolve-bounds';
import type { TierRuleSet } from '../../model/segments/tier-rules/rule-set';
import { isTierId, TIER_IDS, type TierId } from '../../model/segments/tiers';
import { isIsoDate } from '../../model/shared/iso-date';
import type { CustomerRow, ReportLists, SegmentParams, SegmentView } from '../../protocol/segments';
import type { Connector, SqlValue } from '../db/connector';
import { camelRows } from '../db/plain-rows';
import { readCustomerColumns } from './customer-columns';
import { reportCustomersSql, segmentCustomersSql } from './sql/segments';
import { tieredCustomers, type SqlFragment } from './sql/tier-rules';

/** The customers with their recency and tier under the params' rules: what every tier view reads from. */
export function tieredFor({ referenceDate, tierRules }: SegmentParams): SqlFragment {
  if (!isIsoDate(referenceDate)) throw new Error(`invalid reference date: ${referenceDate}`);
  return tieredCustomers(checkedShape(tierRules), referenceDate);
}

/** Rules from the page are checked for size before they become SQL (their values by the compiler). */
function checkedShape(tierRules: ResolvedRuleSet): ResolvedRuleSet {
  if (!Array.isArray(tierRules?.rules) || tierRules.rules.length > TIER_IDS.length) throw new Error('invalid tier rules: at most one rule per tier');
  for (const rule of tierRules.rules) {
    if (!Array.isArray(rule.conditions) || rule.conditions.length > MAX_CONDITIONS) throw new Error(`invalid tier rules: at most ${MAX_CONDITIONS} conditions a rule`);
  }
  return tierRules;
}

/** TIER_FILTER's parameters (sql/segments.ts): a tier, or NULLs for every tier. */
export function tierFilterParams(segment: TierId | null): SqlValue[] {
  if (segment !== null && !isTierId(segment)) throw new Error(`invalid tier: ${segment}`);
  return [segment, segment];
}

/**
 * The two reports' customer lists for one set of rules, biggest spenders first: the first
 * `reportRows` At-Risk Whales (Revenue Leak) and Champions (Margin Protection), in one query.
 */
export async function reportLists(db: Connector, params: SegmentParams, reportRows: number): Promise<ReportLists> {
  const tiered = tieredFor(params);
  const rows = camelRows<CustomerRow>(await db.query(reportCustomersSql(tiered), [...tiered.params, reportRows, reportRows]));
  return {
    revenueLeak: rows.filter((row) => row.segment === 'at_risk_whale'),
    marginProtection: rows.filter((row) => row.segment === 'champion'),
  };
}

export async function segmentCustomers(db: Connector, params: SegmentParams, segment: TierId | null, limit: number, offset: number): Promise<CustomerRow[]> {
  const tiered = tieredFor(params);
  return camelRows<CustomerRow>(await db.query(segmentCustomersSql(tiered), [...tiered.params, ...tierFilterParams(segment), limit, offset]));
}

/**
 * Everything the result screen shows for a rule set and reference date, as the page puts it together:
 * the rules evaluated over the customer columns (totals, what each rule receives), then the lists
 * from SQL for the resolved rules. For the tests and the benchmark's native run.
 */
export async function segmentView(db: Connector, ruleSet: TierRuleSet, referenceDate: string, reportRows: number): Promise<SegmentView> {
  const outcome = evaluateTierRules(prepareColumns(await readCustomerColumns(db)), ruleSet, referenceDate);
  const params = { referenceDate, tierRules: outcome.resolved };
  const reach = { rules: outcome.rules, fallback: outcome.fallback };
  return { params, ruleSet, totals: outcome.totals, reach, ...(await reportLists(db, params, reportRows)), reportsFor: params };
}
