import { describe, expect, it } from 'vitest';
import {
  combinationsPerBucket,
  DEFAULT_RFM_RULES,
  moveRuleUp,
  RFM_BUCKET_IDS,
  ruleMatches,
  scoreCombinations,
  segmentCodes,
  segmentForScores,
  setRuleBound,
  shadowedRules,
  validateRules,
} from '../../../src/model/segments/rfm-segments';
import { ORACLE_DEFAULT_RULES } from '../../support/rfm-oracle';

const asVectors = (rules: typeof DEFAULT_RFM_RULES) => rules.map(({ segment, r, f, m }) => ({ segment, r: [r.min, r.max], f: [f.min, f.max], m: [m.min, m.max] }));

describe('the RFM rule table', () => {
  it('defaults to the table the rfm package documents, in its order', () => {
    expect(asVectors(DEFAULT_RFM_RULES)).toEqual(ORACLE_DEFAULT_RULES);
    expect(DEFAULT_RFM_RULES[0]).toEqual({ segment: 'champions', r: { min: 4, max: 5 }, f: { min: 4, max: 5 }, m: { min: 4, max: 5 } });
    expect(RFM_BUCKET_IDS).toEqual([
      'champions', 'loyal_customers', 'potential_loyalist', 'new_customers', 'promising', 'need_attention',
      'about_to_sleep', 'at_risk', 'cant_lose_them', 'hibernating', 'lost', 'others',
    ]);
  });

  it('puts every one of the 125 score combinations in exactly one bucket, the first matching rule', () => {
    const combinations = scoreCombinations();
    expect(combinations).toHaveLength(125);
    expect(new Set(combinations.map(({ r, f, m }) => `${r}${f}${m}`)).size).toBe(125);
    for (const { r, f, m } of combinations) {
      const segment = segmentForScores(DEFAULT_RFM_RULES, r, f, m);
      const first = DEFAULT_RFM_RULES.find((rule) => ruleMatches(rule, r, f, m));
      expect(segment).toBe(first?.segment ?? 'others');
    }
    const counts = combinationsPerBucket(DEFAULT_RFM_RULES);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(125);
    // Champions: R, F, M each 4–5 → 8 combinations; nothing outranks them.
    expect(counts.champions).toBe(8);
    expect(segmentForScores(DEFAULT_RFM_RULES, 5, 5, 5)).toBe('champions');
    expect(segmentForScores(DEFAULT_RFM_RULES, 1, 5, 5)).toBe('at_risk'); // At Risk comes before Can't Lose Them
    expect(segmentForScores(DEFAULT_RFM_RULES, 1, 1, 1)).toBe('hibernating');
    expect(segmentForScores(DEFAULT_RFM_RULES, 5, 1, 5)).toBe('others');
  });

  it('names the rules that can never win with the defaults', () => {
    expect(shadowedRules(DEFAULT_RFM_RULES)).toEqual(['new_customers', 'promising', 'cant_lose_them', 'lost']);
    const reordered = moveRuleUp(moveRuleUp(DEFAULT_RFM_RULES, 'new_customers'), 'new_customers');
    expect(reordered.map((rule) => rule.segment).slice(0, 4)).toEqual(['champions', 'new_customers', 'loyal_customers', 'potential_loyalist']);
    expect(shadowedRules(reordered)).toEqual(['promising', 'cant_lose_them', 'lost']);
    expect(segmentForScores(reordered, 5, 1, 1)).toBe('new_customers');
    expect(moveRuleUp(DEFAULT_RFM_RULES, 'champions')).toBe(DEFAULT_RFM_RULES);
  });

  it('encodes the table as 125 segment ids, r-major, for the engine', () => {
    const codes = segmentCodes(DEFAULT_RFM_RULES).split(',');
    expect(codes).toHaveLength(125);
    expect(codes[0]).toBe('hibernating'); // R1 F1 M1
    expect(codes[124]).toBe('champions'); // R5 F5 M5
    expect(codes[(5 - 1) * 25 + (1 - 1) * 5 + (5 - 1)]).toBe('others'); // R5 F1 M5
    expect(new Set(codes).size).toBeLessThanOrEqual(12);
  });

  it('keeps min ≤ max when a bound is edited', () => {
    const raised = setRuleBound(DEFAULT_RFM_RULES, 'champions', 'r', 'min', 5);
    expect(raised[0].r).toEqual({ min: 5, max: 5 });
    const crossed = setRuleBound(DEFAULT_RFM_RULES, 'promising', 'f', 'min', 3);
    expect(crossed.find((rule) => rule.segment === 'promising')!.f).toEqual({ min: 3, max: 3 });
    const lowered = setRuleBound(DEFAULT_RFM_RULES, 'champions', 'm', 'max', 2);
    expect(lowered[0].m).toEqual({ min: 2, max: 2 });
    expect(DEFAULT_RFM_RULES[0].m).toEqual({ min: 4, max: 5 }); // the original is untouched
  });

  it('refuses malformed rule tables from across the worker boundary', () => {
    expect(validateRules(DEFAULT_RFM_RULES)).toEqual(DEFAULT_RFM_RULES);
    expect(() => validateRules('rules')).toThrow('invalid rules');
    expect(() => validateRules([...DEFAULT_RFM_RULES.slice(1), DEFAULT_RFM_RULES[1]])).toThrow('invalid rule segment: loyal_customers');
    const renamed = DEFAULT_RFM_RULES.map((rule, index) => (index === 0 ? { ...rule, segment: "x'); DROP" } : rule));
    expect(() => validateRules(renamed)).toThrow("invalid rule segment: x'); DROP");
    const fractional = DEFAULT_RFM_RULES.map((rule, index) => (index === 2 ? { ...rule, m: { min: 1.5, max: 3 } } : rule));
    expect(() => validateRules(fractional)).toThrow('invalid m range for potential_loyalist: 1.5–3');
    const outside = DEFAULT_RFM_RULES.map((rule, index) => (index === 2 ? { ...rule, r: { min: 0, max: 6 } } : rule));
    expect(() => validateRules(outside)).toThrow('invalid r range');
  });
});
