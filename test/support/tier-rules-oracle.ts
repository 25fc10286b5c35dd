/**
 * Tier rules applied the plain way, to the independent oracle's customers (oracle.ts): each bound a
 * value or a linearly interpolated percentile of all customers' values, the first matching rule
 * wins, the fallback takes the rest. Recency in calendar days, as the oracle counts it. Shares no
 * code with src/.
 */
import type { TierId } from '../../src/model/segments/tiers';
import type { OracleCustomer } from './oracle';

export type OracleMeasure = 'recency' | 'frequency' | 'monetary';
export type OracleComparison = '>=' | '>' | '<=' | '<';

export interface OracleCondition {
  measure: OracleMeasure;
  comparison: OracleComparison;
  /** Exactly one of the two. */
  percentile?: number;
  value?: number;
}

export interface OracleRules {
  rules: { tier: TierId; conditions: OracleCondition[] }[];
  fallback: TierId;
}

const valueOf = (customer: OracleCustomer, measure: OracleMeasure) =>
  measure === 'recency' ? customer.recencyDays : measure === 'frequency' ? customer.frequency : Number(customer.monetary);

function quantile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  return sorted[lower] + (position - lower) * (sorted[Math.ceil(position)] - sorted[lower]);
}

function passes(value: number, comparison: OracleComparison, bound: number): boolean {
  if (comparison === '>=') return value >= bound;
  if (comparison === '>') return value > bound;
  if (comparison === '<=') return value <= bound;
  return value < bound;
}

/** Each customer's tier under the rules. */
export function oracleTiers(customers: readonly OracleCustomer[], { rules, fallback }: OracleRules): Map<string, TierId> {
  const bound = (condition: OracleCondition) =>
    condition.percentile === undefined ? condition.value! : quantile(customers.map((customer) => valueOf(customer, condition.measure)), condition.percentile / 100);
  const resolved = rules.map((rule) => ({ tier: rule.tier, tests: rule.conditions.map((condition) => ({ ...condition, bound: bound(condition) })) }));
  return new Map(
    customers.map((customer) => {
      const rule = resolved.find(({ tests }) => tests.every((test) => passes(valueOf(customer, test.measure), test.comparison, test.bound)));
      return [customer.customerId, rule?.tier ?? fallback];
    }),
  );
}

/** Customers and revenue (exact, two decimals) per tier, as the summary's data attributes give them. */
export function oracleRuleTotals(customers: readonly OracleCustomer[], rules: OracleRules): Record<TierId, { customers: number; revenue: string }> {
  const tiers = oracleTiers(customers, rules);
  const totals = { champion: [0, 0n], at_risk_whale: [0, 0n], average: [0, 0n], hibernating: [0, 0n] } as Record<TierId, [number, bigint]>;
  for (const customer of customers) {
    const total = totals[tiers.get(customer.customerId)!];
    total[0] += 1;
    total[1] += BigInt(customer.monetary.replace('.', ''));
  }
  const money = (cents: bigint) => {
    const text = cents.toString().padStart(3, '0');
    return `${text.slice(0, -2)}.${text.slice(-2)}`;
  };
  return Object.fromEntries(Object.entries(totals).map(([tier, [count, cents]]) => [tier, { customers: count, revenue: money(cents) }])) as Record<
    TierId,
    { customers: number; revenue: string }
  >;
}

/** The app's two presets as the oracle reads them (recency in calendar days here). */
export const ORACLE_VALUE_ACTIVITY = (valuePercentile = 80, activeDays = 90): OracleRules => ({
  rules: [
    { tier: 'champion', conditions: [{ measure: 'monetary', comparison: '>=', percentile: valuePercentile }, { measure: 'recency', comparison: '<=', value: activeDays }] },
    { tier: 'at_risk_whale', conditions: [{ measure: 'monetary', comparison: '>=', percentile: valuePercentile }, { measure: 'recency', comparison: '>', value: activeDays }] },
    { tier: 'hibernating', conditions: [{ measure: 'recency', comparison: '>', value: activeDays }] },
  ],
  fallback: 'average',
});

export const ORACLE_SEED_NOTEBOOK: OracleRules = {
  rules: [
    { tier: 'at_risk_whale', conditions: [{ measure: 'monetary', comparison: '>=', percentile: 75 }, { measure: 'recency', comparison: '>', value: 90 }] },
    { tier: 'champion', conditions: [{ measure: 'frequency', comparison: '>=', percentile: 75 }, { measure: 'recency', comparison: '<=', percentile: 25 }] },
    { tier: 'hibernating', conditions: [{ measure: 'recency', comparison: '>', value: 90 }] },
  ],
  fallback: 'average',
};
