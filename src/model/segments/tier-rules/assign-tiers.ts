/**
 * First match wins, over typed columns: rule by rule, condition by condition, one tight loop over the
 * customers still undecided, instead of a call per customer and condition. This is the loop that must
 * stay fast for 100,000 customers on every edit.
 */
import { TIER_IDS } from '../tiers';
import type { ResolvedRuleSet } from './resolve-bounds';
import type { Comparison, TierMeasure } from './rule-set';

export interface TierAssignment {
  /** Each customer's tier as an index into TIER_IDS. */
  tierOfCustomer: Uint8Array;
  /** Customers each rule decided, in rule order. */
  ruleCustomers: number[];
  /** Customers no rule matched, given the fallback tier. */
  fallbackCustomers: number;
}

/** Every measure as doubles, one kind of array, so that the loops stay monomorphic. */
export type MeasureColumns = Record<TierMeasure, Float64Array>;

export function assignTiers(resolved: ResolvedRuleSet, measures: MeasureColumns, customers: number): TierAssignment {
  const tierOfCustomer = new Uint8Array(customers).fill(UNDECIDED);
  let undecided = everyCustomer(customers);
  const ruleCustomers = resolved.rules.map(({ tier, conditions }) => {
    const matched = conditions.reduce((candidates, { measure, comparison, value }) => passing(candidates, measures[measure], comparison, value), undecided);
    const tierIndex = TIER_IDS.indexOf(tier);
    for (let i = 0; i < matched.length; i++) tierOfCustomer[matched[i]] = tierIndex;
    undecided = stillUndecided(undecided, tierOfCustomer);
    return matched.length;
  });
  const fallbackIndex = TIER_IDS.indexOf(resolved.fallback);
  for (let i = 0; i < undecided.length; i++) tierOfCustomer[undecided[i]] = fallbackIndex;
  return { tierOfCustomer, ruleCustomers, fallbackCustomers: undecided.length };
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
