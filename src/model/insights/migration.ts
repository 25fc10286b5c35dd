/**
 * Who moved since an earlier date: every customer's tier as of that date and as of the reference
 * date, under the same tier rules, cross-tabulated. As of a date X only lines dated before X count,
 * recency is counted to X and percentiles are taken over the customers who had bought before X; a
 * customer with no purchase before X is `new`. A cell's revenue is its customers' monetary as of the
 * reference date, added up in whole cents.
 */
import type { CustomerColumns } from '../segments/tier-rules/customer-columns';
import { prepareColumns } from '../segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../segments/tier-rules/evaluate-tier-rules';
import type { TierRuleSet } from '../segments/tier-rules/rule-set';
import { TIER_IDS, type TierId } from '../segments/tiers';

export type MigrationFrom = TierId | 'new';

/** Where a customer came from, as an index: the tiers in TIER_IDS order, then `new`. */
export const MIGRATION_FROM: readonly MigrationFrom[] = [...TIER_IDS, 'new'];
export const NEW_INDEX = TIER_IDS.length;

/**
 * The customers who had bought before the earlier date, as the engine sends them: the same columns as
 * the current ones, counted from the lines before that date, and each customer's position in the
 * current columns, so the page can match the two.
 */
export interface AsOfColumns extends CustomerColumns {
  currentIndex: Int32Array;
}

export interface MigrationCell {
  from: MigrationFrom;
  to: TierId;
  customers: number;
  /** The customers' monetary as of the reference date, in whole cents (exact). */
  revenueCents: number;
}

export interface Migration {
  asOfDate: string;
  /** The non-empty cells, from in MIGRATION_FROM order, then to in TIER_IDS order. */
  cells: MigrationCell[];
  /** Each current customer's earlier tier as an index into MIGRATION_FROM, in the current columns' order. */
  fromOfCustomer: Uint8Array;
}

/**
 * `currentTiers`: each current customer's tier index (evaluateTierRules' tierOfCustomer); the rules
 * are evaluated again over the earlier columns, as of `asOfDate`.
 */
export function migrationBetween(
  currentTiers: Uint8Array,
  currentCents: Float64Array,
  asOf: AsOfColumns,
  ruleSet: TierRuleSet,
  asOfDate: string,
): Migration {
  const fromOfCustomer = earlierTiers(currentTiers.length, asOf, ruleSet, asOfDate);
  const width = TIER_IDS.length;
  const customers = new Float64Array(MIGRATION_FROM.length * width);
  const cents = new Float64Array(MIGRATION_FROM.length * width);
  for (let i = 0; i < currentTiers.length; i++) {
    const cell = fromOfCustomer[i] * width + currentTiers[i];
    customers[cell]++;
    cents[cell] += currentCents[i];
  }
  const cells: MigrationCell[] = [];
  customers.forEach((count, cell) => {
    if (count > 0) cells.push({ from: MIGRATION_FROM[Math.floor(cell / width)], to: TIER_IDS[cell % width], customers: count, revenueCents: cents[cell] });
  });
  return { asOfDate, cells, fromOfCustomer };
}

/** Every current customer's tier as of the earlier date, `new` for those who had not bought before it. */
function earlierTiers(customers: number, asOf: AsOfColumns, ruleSet: TierRuleSet, asOfDate: string): Uint8Array {
  const fromOfCustomer = new Uint8Array(customers).fill(NEW_INDEX);
  if (asOf.frequency.length === 0) return fromOfCustomer;
  const outcome = evaluateTierRules(prepareColumns(asOf), ruleSet, asOfDate);
  for (let i = 0; i < asOf.currentIndex.length; i++) {
    const current = asOf.currentIndex[i];
    if (!(current >= 0 && current < customers)) throw new Error(`invalid customer index: ${current}`);
    fromOfCustomer[current] = outcome.tierOfCustomer[i];
  }
  return fromOfCustomer;
}
