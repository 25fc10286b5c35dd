import { describe, expect, it } from 'vitest';
import { TIER_RULE_PRESETS } from '../../../../src/model/segments/tier-rules/presets';
import { warmTierRules } from '../../../../src/ui/segments/tiers/warm-tier-rules';

describe('the tier rules warmed up on made-up customers', () => {
  for (const [id, ruleSet] of Object.entries(TIER_RULE_PRESETS)) {
    it(`put customers in every tier of the ${id} rules, so every path a file takes has run`, () => {
      const { totals } = warmTierRules(ruleSet);
      expect(totals.length).toBeGreaterThan(1);
      expect(totals.reduce((sum, tier) => sum + tier.customers, 0)).toBe(4_000);
      for (const tier of totals) expect(tier.customers, tier.segment).toBeGreaterThan(0);
    });
  }
});
