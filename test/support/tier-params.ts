import type { Connector } from '../../src/engine/db/connector';
import { readCustomerColumns } from '../../src/engine/segments/customer-columns';
import { prepareColumns } from '../../src/model/segments/tier-rules/customer-columns';
import { evaluateTierRules } from '../../src/model/segments/tier-rules/evaluate-tier-rules';
import { DEFAULT_TIER_RULES, valueActivityRules } from '../../src/model/segments/tier-rules/presets';
import type { TierRuleSet } from '../../src/model/segments/tier-rules/rule-set';
import type { TierThresholds } from '../../src/model/segments/tiers';
import type { SegmentParams } from '../../src/protocol/segments';

/** What the page sends the engine for a rule set: its percentiles resolved over the loaded file's customers. */
export async function tierParams(db: Connector, referenceDate: string, ruleSet: TierRuleSet = DEFAULT_TIER_RULES): Promise<SegmentParams> {
  const outcome = evaluateTierRules(prepareColumns(await readCustomerColumns(db)), ruleSet, referenceDate);
  return { referenceDate, tierRules: outcome.resolved };
}

/** The same for the 2×2 of value and activity at P and D. */
export function valueActivityParams(db: Connector, referenceDate: string, thresholds: TierThresholds): Promise<SegmentParams> {
  return tierParams(db, referenceDate, valueActivityRules(thresholds));
}
