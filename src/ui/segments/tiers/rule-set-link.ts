import { RuleSetError } from '../../../model/segments/tier-rules/check-rule-set';
import { DEFAULT_TIER_RULES } from '../../../model/segments/tier-rules/presets';
import type { TierRuleSet } from '../../../model/segments/tier-rules/rule-set';
import { fragmentWithRuleSet, ruleSetInFragment } from '../../../model/segments/tier-rules/url-fragment';

/**
 * The tier rules in the page address (`#tier-rules=…`): read once when the page opens, written on
 * every change (a moment after it), so the address shares the rules in force. The fragment never reaches a server.
 */
export function ruleSetFromLink(hash = location.hash): { ruleSet: TierRuleSet; problem: string | null } {
  try {
    return { ruleSet: ruleSetInFragment(hash) ?? DEFAULT_TIER_RULES, problem: null };
  } catch (error) {
    if (!(error instanceof RuleSetError)) throw error;
    return { ruleSet: DEFAULT_TIER_RULES, problem: `${error.message} The default rules (value-activity) apply.` };
  }
}

function saveRuleSetLink(ruleSet: TierRuleSet): void {
  const hash = fragmentWithRuleSet(location.hash, ruleSet);
  if (hash !== location.hash) history.replaceState(history.state, '', hash);
}

let pendingSave: ReturnType<typeof setTimeout> | undefined;

/**
 * Writes the rules to the address once the change is drawn (the next task; the last change wins).
 * Building the fragment and replacing the address took about 6 ms of every tier change on a slow
 * machine (replaceState is a round trip to the browser), before the new totals could be drawn.
 */
export function saveRuleSetLinkSoon(ruleSet: TierRuleSet): void {
  clearTimeout(pendingSave);
  pendingSave = setTimeout(() => saveRuleSetLink(ruleSet), 0);
}
