/**
 * The days within which the tier rules count a customer as still buying: what the predictions'
 * static churn rule ("no purchase within D days") and the charts' active-window line use. Under the
 * 2×2 it is D; under any rules it is the recency past which the At-Risk Whale or the Hibernating rule
 * (whichever comes first) takes a customer. Both presets say 90.
 */
import type { ResolvedRuleSet } from './resolve-bounds';

/** When the rules say nothing about going quiet. */
export const DEFAULT_ACTIVE_DAYS = 90;

const QUIET_TIERS = new Set(['at_risk_whale', 'hibernating']);

export function activeWindowDays(resolved: ResolvedRuleSet): number {
  for (const rule of resolved.rules) {
    if (!QUIET_TIERS.has(rule.tier)) continue;
    for (const { measure, comparison, value } of rule.conditions) {
      if (measure !== 'recency' || !Number.isFinite(value)) continue;
      // Recency is in whole days: "> 90.5" is "≥ 91", active up to 90; "≥ 91" is active up to 90.
      if (comparison === '>') return Math.max(0, Math.floor(value));
      if (comparison === '>=') return Math.max(0, Math.ceil(value) - 1);
    }
  }
  return DEFAULT_ACTIVE_DAYS;
}
