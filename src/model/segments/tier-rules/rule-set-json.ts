/**
 * A rule set as a small JSON file to share: versioned, readable, and checked on the way in with
 * messages that say what to fix. It carries rules only, never data.
 *
 *   { "kind": "retention-engine tier rules", "version": 1, "preset": "seed-notebook",
 *     "recencyBasis": "elapsed-days", "fallback": "average",
 *     "rules": [{ "tier": "at_risk_whale", "conditions": [
 *       { "measure": "monetary", "comparison": ">=", "percentile": 75 },
 *       { "measure": "recency", "comparison": ">", "value": 90 } ] }, …] }
 */
import { isTierId, TIER_IDS } from '../tiers';
import { checkRuleSet, RuleSetError } from './check-rule-set';
import { withPresetName } from './presets';
import { COMPARISONS, isComparison, isRecencyBasis, isTierMeasure, RECENCY_BASES, TIER_MEASURES, type Condition, type TierRule, type TierRuleSet } from './rule-set';

export const RULE_SET_KIND = 'retention-engine tier rules';
export const RULE_SET_VERSION = 1;

export function ruleSetToJson(ruleSet: TierRuleSet): string {
  const file = {
    kind: RULE_SET_KIND,
    version: RULE_SET_VERSION,
    preset: ruleSet.preset,
    recencyBasis: ruleSet.recencyBasis,
    fallback: ruleSet.fallback,
    rules: ruleSet.rules.map(({ tier, conditions }) => ({
      tier,
      conditions: conditions.map(({ measure, comparison, bound }) => ({
        measure,
        comparison,
        ...(bound.kind === 'percentile' ? { percentile: bound.percentile } : { value: bound.value }),
      })),
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a rule set file; the preset name is the one its rules match now, whatever the file says. */
export function ruleSetFromJson(text: string): TierRuleSet {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new RuleSetError('This is not a tier rule file: it is not JSON.');
  }
  if (!isObject(file) || file.kind !== RULE_SET_KIND) throw new RuleSetError(`This is not a tier rule file: it does not say "kind": "${RULE_SET_KIND}".`);
  if (file.version !== RULE_SET_VERSION) {
    throw new RuleSetError(`This tier rule file is version ${String(file.version)}; this app reads version ${RULE_SET_VERSION}.`);
  }
  if (!isRecencyBasis(file.recencyBasis)) throw new RuleSetError(`"recencyBasis" must be ${oneOf(RECENCY_BASES)}, not ${shown(file.recencyBasis)}.`);
  if (!isTierId(String(file.fallback))) throw new RuleSetError(`"fallback" must be a tier: ${oneOf(TIER_IDS)}, not ${shown(file.fallback)}.`);
  if (!Array.isArray(file.rules)) throw new RuleSetError('The file has no list of "rules".');
  const rules = file.rules.map(readRule);
  return withPresetName(checkRuleSet({ preset: 'custom', rules, fallback: file.fallback as TierRule['tier'], recencyBasis: file.recencyBasis }));
}

function readRule(rule: unknown, index: number): TierRule {
  const where = `Rule ${index + 1}`;
  if (!isObject(rule) || !isTierId(String(rule.tier))) throw new RuleSetError(`${where}: "tier" must be ${oneOf(TIER_IDS)}.`);
  if (!Array.isArray(rule.conditions)) throw new RuleSetError(`${where} has no list of "conditions".`);
  return { tier: rule.tier as TierRule['tier'], conditions: rule.conditions.map((condition, position) => readCondition(condition, `${where}, condition ${position + 1}`)) };
}

function readCondition(condition: unknown, where: string): Condition {
  if (!isObject(condition)) throw new RuleSetError(`${where} is not a condition.`);
  const { measure, comparison, percentile, value } = condition;
  if (!isTierMeasure(measure)) throw new RuleSetError(`${where}: "measure" must be ${oneOf(TIER_MEASURES)}, not ${shown(measure)}.`);
  if (!isComparison(comparison)) throw new RuleSetError(`${where}: "comparison" must be ${oneOf(COMPARISONS)}, not ${shown(comparison)}.`);
  if (percentile === undefined && value === undefined) throw new RuleSetError(`${where} needs a bound: a "percentile" or a "value".`);
  if (percentile !== undefined && value !== undefined) throw new RuleSetError(`${where} has both a "percentile" and a "value"; keep one.`);
  const bound = percentile === undefined ? { kind: 'absolute' as const, value } : { kind: 'percentile' as const, percentile };
  const number = bound.kind === 'absolute' ? bound.value : bound.percentile;
  if (typeof number !== 'number' || !Number.isFinite(number)) throw new RuleSetError(`${where}: ${shown(number)} is not a number.`);
  return { measure, comparison, bound: bound as Condition['bound'] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ').replace(/, ([^,]*)$/, ' or $1');
}

function shown(value: unknown): string {
  return value === undefined ? 'missing' : JSON.stringify(value);
}
