/**
 * Tier rules in SQL. A resolved rule set (model/segments/tier-rules: every percentile already a
 * value) becomes one `CASE … END` over recency_days, frequency and monetary, each bound a `?`
 * parameter; measures, comparisons and tiers are looked up in fixed tables, so no text of a rule ever
 * becomes SQL. The page evaluates the same resolved rules on typed arrays (evaluate-tier-rules.ts):
 * both compare recency and frequency as whole numbers and monetary as the DOUBLE of its DECIMAL, so
 * they put every customer in the same tier.
 */
import type { Comparison, RecencyBasis, TierMeasure } from '../../../model/segments/tier-rules/rule-set';
import type { TierId } from '../../../model/segments/tiers';
import type { SqlValue } from '../../db/connector';

/** SQL text with its `?` parameters, in the order they appear in the text. */
export interface SqlFragment {
  sql: string;
  params: SqlValue[];
}

/** What the SQL needs of a rule set, every bound a value; model/segments/tier-rules ResolvedRuleSet is one. */
export interface ResolvedTierRules {
  rules: readonly { tier: TierId; conditions: readonly { measure: TierMeasure; comparison: Comparison; value: number }[] }[];
  fallback: TierId;
  recencyBasis: RecencyBasis;
}

const MEASURE_SQL: Record<TierMeasure, string> = {
  recency: 'recency_days::DOUBLE',
  frequency: 'frequency::DOUBLE',
  monetary: 'monetary::DOUBLE',
};
const COMPARISON_SQL: Record<Comparison, string> = { '>=': '>=', '>': '>', '<=': '<=', '<': '<' };
const TIER_SQL: Record<TierId, string> = {
  champion: "'champion'",
  at_risk_whale: "'at_risk_whale'",
  average: "'average'",
  hibernating: "'hibernating'",
};

/** `CASE WHEN … THEN 'tier' … ELSE 'fallback' END`: the first rule a customer matches wins. */
export function compileTierCase(resolved: Pick<ResolvedTierRules, 'rules' | 'fallback'>): SqlFragment {
  const params: SqlValue[] = [];
  const branches = resolved.rules.map(({ tier, conditions }) => {
    const tests = conditions.map(({ measure, comparison, value }) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`invalid ${measure} bound: ${value}`);
      params.push(value);
      // The parameter is cast so that DuckDB never types it after the column (17.5 days as INTEGER 18).
      return `${fromTable('measure', MEASURE_SQL, measure)} ${fromTable('comparison', COMPARISON_SQL, comparison)} ?::DOUBLE`;
    });
    return `WHEN ${tests.length > 0 ? tests.join(' AND ') : 'true'} THEN ${fromTable('tier', TIER_SQL, tier)}`;
  });
  const fallback = fromTable('tier', TIER_SQL, resolved.fallback);
  return { sql: branches.length > 0 ? `CASE ${branches.join(' ')} ELSE ${fallback} END` : fallback, params };
}

/**
 * Recency in whole days for a reference date (the one parameter), counted either way. Elapsed days
 * are floored from the last purchase's timestamp to the snapshot: the reference date at the time of
 * day of the latest purchase (`latest.time_of_day`, in microseconds).
 */
const RECENCY_DAYS_SQL: Record<RecencyBasis, string> = {
  'calendar-days': '(?::DATE - last_purchase_date)::INTEGER',
  'elapsed-days': 'floor((epoch_us(?::DATE::TIMESTAMP) + latest.time_of_day - epoch_us(last_purchase_at)) / 86400000000)::INTEGER',
};

/** Every column of `customers` and its recency_days (parameter: the reference date). */
export function customersWithRecency(basis: RecencyBasis): string {
  return `
    SELECT customers.*, ${fromTable('recency basis', RECENCY_DAYS_SQL, basis)} AS recency_days
    FROM customers,
         (SELECT epoch_us(max(last_purchase_at)) - epoch_us(max(last_purchase_at)::DATE::TIMESTAMP) AS time_of_day FROM customers) AS latest`;
}

/**
 * Every customer with recency_days and the tier the rules give (`segment`): a query to read from, as
 * `FROM (${sql}) AS tiered`, in place of the fixed 2×2 macro.
 */
export function tieredCustomers(resolved: ResolvedTierRules, referenceDate: string): SqlFragment {
  const tierCase = compileTierCase(resolved);
  return {
    sql: `SELECT *, ${tierCase.sql} AS segment FROM (${customersWithRecency(resolved.recencyBasis)}) AS measured`,
    params: [...tierCase.params, referenceDate],
  };
}

/**
 * The per-customer columns the page segments on (model/segments/tier-rules/customer-columns.ts): the
 * last purchase in microseconds, invoices, and spend in whole cents. Latest last purchase first, the
 * order of ascending recency, so the page need not sort customers by it.
 */
export const CUSTOMER_COLUMNS = `
  SELECT epoch_us(last_purchase_at)::DOUBLE AS last_purchase_micros,
         frequency,
         (monetary * 100)::DOUBLE AS monetary_cents
  FROM customers
  ORDER BY last_purchase_at DESC, customer_id`;

/** The customer ids in the order of CUSTOMER_COLUMNS, for whoever needs to name the customers. */
export const CUSTOMER_COLUMN_IDS = 'SELECT customer_id FROM customers ORDER BY last_purchase_at DESC, customer_id';

function fromTable<K extends string>(what: string, table: Record<K, string>, key: K): string {
  if (!Object.hasOwn(table, key)) throw new Error(`invalid ${what}: ${String(key)}`);
  return table[key];
}
