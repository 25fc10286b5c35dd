import { describe, expect, it } from 'vitest';
import { TIER_RULE_PRESETS } from '../../../../src/model/segments/tier-rules/presets';
import { ruleSetFromJson, ruleSetToJson } from '../../../../src/model/segments/tier-rules/rule-set-json';
import type { TierRuleSet } from '../../../../src/model/segments/tier-rules/rule-set';

const CUSTOM: TierRuleSet = {
  preset: 'custom',
  rules: [
    { tier: 'champion', conditions: [{ measure: 'monetary', comparison: '>', bound: { kind: 'absolute', value: 1661.74 } }] },
    { tier: 'average', conditions: [{ measure: 'frequency', comparison: '<', bound: { kind: 'percentile', percentile: 37.5 } }] },
    { tier: 'at_risk_whale', conditions: [] },
  ],
  fallback: 'hibernating',
  recencyBasis: 'calendar-days',
};

/** The seed preset's file with one change made by `edit`. */
function editedSeedFile(edit: (file: Record<string, unknown> & { rules?: { tier: string; conditions: Record<string, unknown>[] }[] }) => void): string {
  const file = JSON.parse(ruleSetToJson(TIER_RULE_PRESETS['seed-notebook']));
  edit(file);
  return JSON.stringify(file);
}

describe('tier rules as a JSON file', () => {
  it('writes a small, readable, versioned file', () => {
    expect(JSON.parse(ruleSetToJson(TIER_RULE_PRESETS['seed-notebook']))).toEqual({
      kind: 'retention-engine tier rules',
      version: 1,
      preset: 'seed-notebook',
      recencyBasis: 'elapsed-days',
      fallback: 'average',
      rules: [
        { tier: 'at_risk_whale', conditions: [{ measure: 'monetary', comparison: '>=', percentile: 75 }, { measure: 'recency', comparison: '>', value: 90 }] },
        { tier: 'champion', conditions: [{ measure: 'frequency', comparison: '>=', percentile: 75 }, { measure: 'recency', comparison: '<=', percentile: 25 }] },
        { tier: 'hibernating', conditions: [{ measure: 'recency', comparison: '>', value: 90 }] },
      ],
    });
  });

  it('reads back what it wrote', () => {
    for (const ruleSet of [TIER_RULE_PRESETS['seed-notebook'], TIER_RULE_PRESETS['value-activity'], CUSTOM]) {
      expect(ruleSetFromJson(ruleSetToJson(ruleSet))).toEqual(ruleSet);
    }
  });

  it('names the rule set after what its rules are, not after what the file claims', () => {
    const edited = editedSeedFile((file) => {
      file.rules![0].conditions[1].value = 120;
    });
    expect(ruleSetFromJson(edited).preset).toBe('custom');
    const claimed = JSON.parse(ruleSetToJson(TIER_RULE_PRESETS['value-activity']));
    expect(ruleSetFromJson(JSON.stringify({ ...claimed, preset: 'custom' })).preset).toBe('value-activity');
  });

  it('says in plain words what is wrong with a file it cannot use', () => {
    const problems: [string, string][] = [
      ['{"rules": [', 'This is not a tier rule file: it is not JSON.'],
      ['{"rules": []}', 'This is not a tier rule file: it does not say "kind": "retention-engine tier rules".'],
      [editedSeedFile((file) => (file.version = 2)), 'This tier rule file is version 2; this app reads version 1.'],
      [editedSeedFile((file) => (file.recencyBasis = 'weeks')), '"recencyBasis" must be "calendar-days" or "elapsed-days", not "weeks".'],
      [editedSeedFile((file) => (file.fallback = 'gold')), '"fallback" must be a tier: "champion", "at_risk_whale", "average" or "hibernating", not "gold".'],
      [editedSeedFile((file) => delete file.rules), 'The file has no list of "rules".'],
      [editedSeedFile((file) => (file.rules![1].tier = 'vip')), 'Rule 2: "tier" must be "champion", "at_risk_whale", "average" or "hibernating".'],
      [editedSeedFile((file) => (file.rules![0].conditions[0].comparison = '=>')), 'Rule 1, condition 1: "comparison" must be ">=", ">", "<=" or "<", not "=>".'],
      [editedSeedFile((file) => (file.rules![0].conditions[0].measure = 'spend')), 'Rule 1, condition 1: "measure" must be "recency", "frequency" or "monetary", not "spend".'],
      [editedSeedFile((file) => (file.rules![0].conditions[1].value = '90')), 'Rule 1, condition 2: "90" is not a number.'],
      [editedSeedFile((file) => (file.rules![0].conditions[1].percentile = 50)), 'Rule 1, condition 2 has both a "percentile" and a "value"; keep one.'],
      [editedSeedFile((file) => delete file.rules![2].conditions[0].value), 'Rule 3, condition 1 needs a bound: a "percentile" or a "value".'],
      [editedSeedFile((file) => (file.rules![1].conditions[0].percentile = 120)), 'Rule 2 (Champion), condition 1 (frequency): the percentile is 120; a percentile is from 0 to 100.'],
      [editedSeedFile((file) => (file.rules![2].tier = 'champion')), 'Rule 3 (Champion): Champion already has a rule; each tier has at most one.'],
      [editedSeedFile((file) => (file.fallback = 'hibernating')), 'Rule 3 (Hibernating): Hibernating is the tier for customers no rule matched, so it cannot have a rule of its own.'],
    ];
    for (const [text, message] of problems) {
      expect(() => ruleSetFromJson(text), message).toThrow(message);
    }
  });
});
