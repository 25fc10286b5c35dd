/**
 * A rule set applied to every customer of a file, on the page: each customer's tier, the tiers'
 * customers and revenue, and what each rule receives. Percentiles are resolved from the prepared
 * sorted columns, so a new rule set, reference date or recency basis costs a few passes over typed
 * arrays and no query (100,000 customers in a few milliseconds; scripts/bench-tier-rules.ts).
 */
import type { TierTotals } from '../tier-totals';
import { TIER_IDS, type TierId } from '../tiers';
import type { PreparedColumns } from './customer-columns';
import { recencyColumn } from './recency';
import { resolveRuleSet, type ResolvedRuleSet } from './resolve-bounds';
import { neverWinning, type NeverWins } from './rule-reach';
import type { Comparison, TierMeasure, TierRuleSet } from './rule-set';

export type RuleStanding = 'receives' | 'none-in-this-file' | 'never-wins';

export interface RuleOutcome {
  tier: TierId;
  /** Customers this rule (or, for the fallback, no rule) decided. */
  customers: number;
  standing: RuleStanding;
  /** Why it can never win, when it cannot. */
  neverWins: NeverWins | null;
}

export interface TierRulesOutcome {
  resolved: ResolvedRuleSet;
  /** Each customer's recency under the rule set's basis, in the order of the columns. */
  recencyDays: Int32Array;
  /** Each customer's tier as an index into TIER_IDS, in the order of the columns. */
  tierOfCustomer: Uint8Array;
  /** The four tiers in TIER_IDS order; revenue added up in whole cents, so exact. */
  totals: TierTotals[];
  rules: RuleOutcome[];
  fallback: RuleOutcome;
}

export function evaluateTierRules(columns: PreparedColumns, ruleSet: TierRuleSet, referenceDate: string): TierRulesOutcome {
  const recency = recencyColumn(columns, referenceDate, ruleSet.recencyBasis);
  const resolved = resolveRuleSet(ruleSet, { recency: recency.sorted, frequency: columns.sortedFrequency, monetary: columns.sortedMonetary });
  const measures: Record<TierMeasure, Float64Array> = { recency: new Float64Array(recency.days), frequency: columns.frequencyValues, monetary: columns.monetary };

  // Rule by rule, condition by condition, over the customers still undecided: tight loops over typed
  // arrays instead of a call per customer and condition.
  const tierOfCustomer = new Uint8Array(columns.customers).fill(UNDECIDED);
  let undecided: Uint32Array = everyCustomer(columns.customers);
  const ruleCustomers = resolved.rules.map(({ tier, conditions }) => {
    const matched = conditions.reduce<Uint32Array>((candidates, { measure, comparison, value }) => passing(candidates, measures[measure], comparison, value), undecided);
    const tierIndex = TIER_IDS.indexOf(tier);
    for (let i = 0; i < matched.length; i++) tierOfCustomer[matched[i]] = tierIndex;
    undecided = stillUndecided(undecided, tierOfCustomer);
    return matched.length;
  });
  const fallbackIndex = TIER_IDS.indexOf(resolved.fallback);
  for (let i = 0; i < undecided.length; i++) tierOfCustomer[undecided[i]] = fallbackIndex;

  const never = neverWinning(resolved);
  const outcome = (tier: TierId, received: number, neverWins: NeverWins | null): RuleOutcome => ({
    tier,
    customers: received,
    standing: neverWins ? 'never-wins' : received > 0 ? 'receives' : 'none-in-this-file',
    neverWins,
  });
  return {
    resolved,
    recencyDays: recency.days,
    tierOfCustomer,
    totals: tierTotals(tierOfCustomer, columns.monetaryCents),
    rules: resolved.rules.map((rule, index) => outcome(rule.tier, ruleCustomers[index], never.rules[index])),
    fallback: outcome(resolved.fallback, undecided.length, never.fallback),
  };
}

function everyCustomer(customers: number): Uint32Array {
  const positions = new Uint32Array(customers);
  for (let i = 0; i < customers; i++) positions[i] = i;
  return positions;
}

/** Above every tier index: not yet given a tier. */
const UNDECIDED = 255;

/** The customers among `candidates` whose value passes the comparison, in the same order. */
function passing(candidates: Uint32Array, column: Float64Array, comparison: Comparison, bound: number): Uint32Array {
  const kept = new Uint32Array(candidates.length);
  let count = 0;
  // One loop per comparison, so the comparison is not decided again for every customer.
  switch (comparison) {
    case '>=':
      for (let i = 0; i < candidates.length; i++) if (column[candidates[i]] >= bound) kept[count++] = candidates[i];
      break;
    case '>':
      for (let i = 0; i < candidates.length; i++) if (column[candidates[i]] > bound) kept[count++] = candidates[i];
      break;
    case '<=':
      for (let i = 0; i < candidates.length; i++) if (column[candidates[i]] <= bound) kept[count++] = candidates[i];
      break;
    case '<':
      for (let i = 0; i < candidates.length; i++) if (column[candidates[i]] < bound) kept[count++] = candidates[i];
      break;
  }
  return kept.subarray(0, count);
}

function stillUndecided(candidates: Uint32Array, tierOfCustomer: Uint8Array): Uint32Array {
  const kept = new Uint32Array(candidates.length);
  let count = 0;
  for (let i = 0; i < candidates.length; i++) if (tierOfCustomer[candidates[i]] === UNDECIDED) kept[count++] = candidates[i];
  return kept.subarray(0, count);
}

/** Customers and revenue per tier, revenue added up in whole cents and turned into money at the end. */
function tierTotals(tierOfCustomer: Uint8Array, monetaryCents: Float64Array): TierTotals[] {
  const customers = new Float64Array(TIER_IDS.length);
  const cents = new Float64Array(TIER_IDS.length);
  for (let i = 0; i < tierOfCustomer.length; i++) {
    customers[tierOfCustomer[i]]++;
    cents[tierOfCustomer[i]] += monetaryCents[i];
  }
  return TIER_IDS.map((segment, index) => ({ segment, customers: customers[index], revenue: cents[index] / 100 }));
}
