import { prepareColumns, type CustomerColumns } from '../../../model/segments/tier-rules/customer-columns';
import { evaluateTierRules, type TierRulesOutcome } from '../../../model/segments/tier-rules/evaluate-tier-rules';
import type { TierRuleSet } from '../../../model/segments/tier-rules/rule-set';

/** Enough customers for V8 to optimise the loops over them; a few milliseconds in all. */
const WARM_UP_CUSTOMERS = 4_000;
const ROUNDS = 3;
const DAY_MICROS = 86_400_000_000;

/**
 * The page applies the tier rules to a file's customers in the render that first shows them
 * (use-tier-view.ts), and the first time it did so its code ran unoptimised: 6–18 ms for the 4,338
 * customers of the real Online Retail file, on the way to the tiers being drawn. While the page waits
 * for a file, the same functions run on made-up customers spread over every tier, so the user's file
 * meets optimised code, as the engine's warm-up does for its SQL (engine/load/warm-up.ts).
 */
export function warmTierRules(ruleSet: TierRuleSet): TierRulesOutcome {
  const columns: CustomerColumns = {
    lastPurchaseMicros: new Float64Array(WARM_UP_CUSTOMERS),
    frequency: new Int32Array(WARM_UP_CUSTOMERS),
    monetaryCents: new Float64Array(WARM_UP_CUSTOMERS),
  };
  const start = Date.UTC(2024, 0, 1) * 1000;
  for (let customer = 0; customer < WARM_UP_CUSTOMERS; customer++) {
    // Recency, frequency and spend varied independently (co-prime steps), so every tier has customers.
    columns.lastPurchaseMicros[customer] = start + ((customer * 7919) % 365) * DAY_MICROS;
    columns.frequency[customer] = 1 + ((customer * 31) % 40);
    columns.monetaryCents[customer] = 100 * (1 + ((customer * 104_729) % 5_000));
  }
  let outcome = evaluateTierRules(prepareColumns(columns), ruleSet, '2025-01-01');
  for (let round = 1; round < ROUNDS; round++) outcome = evaluateTierRules(prepareColumns(columns), ruleSet, '2025-01-01');
  return outcome;
}
