import { RuleSetError } from '../../../model/segments/tier-rules/check-rule-set';
import { DEFAULT_TIER_RULES } from '../../../model/segments/tier-rules/presets';
import type { TierRuleSet } from '../../../model/segments/tier-rules/rule-set';
import { fragmentWithRuleSet, ruleSetInFragment } from '../../../model/segments/tier-rules/url-fragment';

/**
 * The tier rules in the page address (`#tier-rules=…`): read once when the page opens, written on
 * every change, so the address shares the rules in force. The fragment never reaches a server.
 */
export function ruleSetFromLink(hash = location.hash): { ruleSet: TierRuleSet; problem: string | null } {
  try {
    return { ruleSet: ruleSetInFragment(hash) ?? DEFAULT_TIER_RULES, problem: null };
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    return { ruleSet: DEFAULT_TIER_RULES, problem: `${error.message} The default rules (value-activity) apply.` };
  }
}

export function saveRuleSetLink(ruleSet: TierRuleSet): void {
  const hash = fragmentWithRuleSet(location.hash, ruleSet);
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
}
