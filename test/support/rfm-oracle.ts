/**
 * An independent RFM scorer and segmenter for the checks: plain TypeScript over the oracle's
 * customers (oracle.ts), sharing no code with src/. Scores follow the rule stated in the README:
 * score = 1 + ⌊5·b / n⌋, b = how many customers have a strictly worse value. Segments follow the R
 * package `rfm`: rules in order, the first that matches wins, otherwise "others".
 */
import type { OracleCustomer } from './oracle';

export interface OracleScores {
  r: number;
  f: number;
  m: number;
}

export interface OracleRule {
  segment: string;
  r: [number, number];
  f: [number, number];
  m: [number, number];
}

// The rfm package's table, written out from its documentation as lower/upper vectors.
const NAMES = ['champions', 'loyal_customers', 'potential_loyalist', 'new_customers', 'promising', 'need_attention', 'about_to_sleep', 'at_risk', 'cant_lose_them', 'hibernating', 'lost'];
const RECENCY = [[4, 5], [2, 5], [3, 5], [4, 5], [3, 4], [2, 3], [2, 3], [1, 2], [1, 1], [1, 2], [1, 2]];
const FREQUENCY = [[4, 5], [3, 5], [1, 3], [1, 1], [1, 1], [2, 3], [1, 2], [2, 5], [4, 5], [1, 2], [1, 2]];
const MONETARY = [[4, 5], [3, 5], [1, 3], [1, 1], [1, 1], [2, 3], [1, 2], [2, 5], [4, 5], [1, 2], [1, 2]];

export const ORACLE_DEFAULT_RULES: OracleRule[] = NAMES.map((segment, index) => ({
  segment,
  r: RECENCY[index] as [number, number],
  f: FREQUENCY[index] as [number, number],
  m: MONETARY[index] as [number, number],
}));

/** Scores for every customer; "better" is fewer days, more invoices, more money. */
export function oracleScores(customers: Iterable<OracleCustomer>): Map<string, OracleScores> {
  const list = [...customers];
  const cents = (customer: OracleCustomer) => Math.round(Number(customer.monetary) * 100);
  const r = scoresBy(list, (customer) => -customer.recencyDays);
  const f = scoresBy(list, (customer) => customer.frequency);
  const m = scoresBy(list, cents);
  return new Map(list.map((customer) => [customer.customerId, { r: r.get(customer)!, f: f.get(customer)!, m: m.get(customer)! }]));
}

function scoresBy(list: OracleCustomer[], goodness: (customer: OracleCustomer) => number): Map<OracleCustomer, number> {
  const sorted = list.map(goodness).sort((a, b) => a - b);
  const scores = new Map<OracleCustomer, number>();
  for (const customer of list) {
    const worse = countBelow(sorted, goodness(customer));
    scores.set(customer, 1 + Math.floor((5 * worse) / list.length));
  }
  return scores;
}

/** How many sorted values are strictly below `value` (binary search). */
function countBelow(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function oracleSegment(scores: OracleScores, rules: OracleRule[] = ORACLE_DEFAULT_RULES): string {
  const inside = (value: number, [low, high]: [number, number]) => value >= low && value <= high;
  return rules.find((rule) => inside(scores.r, rule.r) && inside(scores.f, rule.f) && inside(scores.m, rule.m))?.segment ?? 'others';
}

/** Customers and revenue (exact, in cents) per named segment, all twelve present. */
export function oracleRfmTotals(customers: Iterable<OracleCustomer>, rules: OracleRule[] = ORACLE_DEFAULT_RULES) {
  const list = [...customers];
  const scores = oracleScores(list);
  const totals: Record<string, { customers: number; cents: number }> = {};
  for (const name of [...NAMES, 'others']) totals[name] = { customers: 0, cents: 0 };
  for (const customer of list) {
    const total = totals[oracleSegment(scores.get(customer.customerId)!, rules)];
    total.customers += 1;
    total.cents += Math.round(Number(customer.monetary) * 100);
  }
  return Object.fromEntries(
    Object.entries(totals).map(([name, { customers, cents }]) => [name, { customers, revenue: (cents / 100).toFixed(2) }]),
  );
}
