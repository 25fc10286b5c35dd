import { describe, expect, it } from 'vitest';
import { TIER_RULE_PRESETS, valueActivityRules } from '../../../../src/model/segments/tier-rules/presets';
import type { TierRuleSet } from '../../../../src/model/segments/tier-rules/rule-set';
import { fragmentWithRuleSet, ruleSetFromFragmentValue, ruleSetInFragment, ruleSetToFragmentValue } from '../../../../src/model/segments/tier-rules/url-fragment';

const SEED = TIER_RULE_PRESETS['seed-notebook'];
const EDITED: TierRuleSet = { ...SEED, preset: 'custom', recencyBasis: 'calendar-days' };

describe('tier rules in the page address', () => {
  it('writes a preset by its name, and any other rule set compactly', () => {
    expect(ruleSetToFragmentValue(SEED)).toBe('seed-notebook');
    expect(ruleSetToFragmentValue(EDITED)).toBe('1~calendar~average~at_risk_whale:mgep75,rgt90~champion:fgep75,rlep25~hibernating:rgt90');
    const decimals: TierRuleSet = {
      preset: 'custom',
      rules: [{ tier: 'champion', conditions: [{ measure: 'monetary', comparison: '<', bound: { kind: 'absolute', value: 1661.74 } }, { measure: 'recency', comparison: '>=', bound: { kind: 'absolute', value: -3 } }] }, { tier: 'hibernating', conditions: [] }],
      fallback: 'average',
      recencyBasis: 'elapsed-days',
    };
    expect(ruleSetToFragmentValue(decimals)).toBe('1~elapsed~average~champion:mlt1661.74,rge-3~hibernating:');
    expect(ruleSetFromFragmentValue(ruleSetToFragmentValue(decimals))).toEqual(decimals);
  });

  it('reads back every rule set it writes', () => {
    for (const ruleSet of [SEED, TIER_RULE_PRESETS['value-activity'], EDITED, valueActivityRules({ valuePercentile: 62.5, activeDays: 30 })]) {
      expect(ruleSetFromFragmentValue(ruleSetToFragmentValue(ruleSet))).toEqual(ruleSet);
    }
  });

  it('keeps the fragment’s other entries, and finds the rule set among them', () => {
    const hash = fragmentWithRuleSet('#view=rfm&tier-rules=value-activity', EDITED);
    expect(hash).toBe('#view=rfm&tier-rules=1~calendar~average~at_risk_whale:mgep75,rgt90~champion:fgep75,rlep25~hibernating:rgt90');
    expect(ruleSetInFragment(hash)).toEqual(EDITED);
    expect(fragmentWithRuleSet('', SEED)).toBe('#tier-rules=seed-notebook');
    expect(ruleSetInFragment('#view=rfm')).toBeNull();
    expect(ruleSetInFragment('')).toBeNull();
    expect(ruleSetInFragment('#tier-rules=1%7Ecalendar%7Eaverage%7Echampion%3Arle30')).toMatchObject({ rules: [{ tier: 'champion' }] });
  });

  it('says why a link’s rules cannot be used', () => {
    const problems: [string, string][] = [
      ['gold-preset', '"gold-preset" is not a preset or a rule set this app writes.'],
      ['toString', '"toString" is not a preset or a rule set this app writes.'],
      ['1~weekly~average', '"weekly" is not a way of counting recency.'],
      ['1~calendar~vip', '"vip" is not a tier.'],
      ['1~calendar~average~vip:rle30', '"vip" is not a tier.'],
      ['1~calendar~average~champion:rle', '"rle" is not a condition.'],
      ['1~calendar~average~champion:xle30', '"xle30" is not a condition.'],
      ['1~calendar~average~champion:rle30~champion:fge2', 'Rule 2 (Champion): Champion already has a rule; each tier has at most one.'],
      ['1~calendar~average~champion:mgep101', 'Rule 1 (Champion), condition 1 (monetary): the percentile is 101; a percentile is from 0 to 100.'],
    ];
    for (const [value, problem] of problems) {
      expect(() => ruleSetFromFragmentValue(value), value).toThrow(`The tier rules in this link cannot be used: ${problem}`);
    }
  });
});
