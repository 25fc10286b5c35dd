import type { RuleOutcome } from '../../../model/segments/tier-rules/evaluate-tier-rules';
import { addCondition, moveRule, removeCondition, removeRule, setCondition, setRuleTier } from '../../../model/segments/tier-rules/rule-set-edits';
import { MAX_CONDITIONS, ruleName } from '../../../model/segments/tier-rules/check-rule-set';
import type { ResolvedRule } from '../../../model/segments/tier-rules/resolve-bounds';
import type { TierRuleSet } from '../../../model/segments/tier-rules/rule-set';
import { isTierId, TIERS } from '../../../model/segments/tiers';
import { ConditionRow } from './ConditionRow';
import { ReachNote } from './ReachNote';

interface Props {
  ruleSet: TierRuleSet;
  index: number;
  /** The rule with its bounds' values in this file. */
  resolved: ResolvedRule;
  outcome: RuleOutcome;
  onChange(ruleSet: TierRuleSet): void;
}

/** One rule: its tier, its conditions (all must hold), what it receives, and moving or removing it. */
export function RuleCard({ ruleSet, index, resolved, outcome, onChange }: Props) {
  const rule = ruleSet.rules[index];
  const name = ruleName(rule, index);
  return (
    <li
      className={`rule-card${outcome.standing === 'never-wins' ? ' never' : ''}`}
      data-testid="tier-rule"
      data-tier={rule.tier}
      data-customers={outcome.customers}
      data-standing={outcome.standing}
      aria-label={name}
    >
      <div className="rule-head">
        <span className="rule-number" aria-hidden="true">
          {index + 1}
        </span>
        <label className="inline-field">
          <span className="visually-hidden">Tier of rule {index + 1}</span>
          <select data-field="tier" value={rule.tier} onChange={(event) => isTierId(event.target.value) && onChange(setRuleTier(ruleSet, index, event.target.value))}>
            {TIERS.map((tier) => (
              <option key={tier.id} value={tier.id}>
                {tier.label}
              </option>
            ))}
          </select>
        </label>
        <ReachNote outcome={outcome} />
        <span className="rule-actions">
          <button type="button" className="icon-button" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => onChange(moveRule(ruleSet, index, -1))}>
            ↑
          </button>
          <button type="button" className="icon-button" aria-label={`Move ${name} down`} disabled={index === ruleSet.rules.length - 1} onClick={() => onChange(moveRule(ruleSet, index, 1))}>
            ↓
          </button>
          <button type="button" className="icon-button" aria-label={`Remove ${name}`} data-action="remove-rule" onClick={() => onChange(removeRule(ruleSet, index))}>
            ✕
          </button>
        </span>
      </div>
      {rule.conditions.length === 0 && <p className="muted small">No conditions: every customer who reaches this rule gets {TIERS.find((tier) => tier.id === rule.tier)!.label}.</p>}
      <ul className="conditions">
        {rule.conditions.map((condition, position) => (
          <ConditionRow
            key={position}
            label={`${name}, condition ${position + 1}`}
            condition={condition}
            resolved={resolved.conditions[position]}
            onChange={(next) => onChange(setCondition(ruleSet, index, position, next))}
            onRemove={() => onChange(removeCondition(ruleSet, index, position))}
          />
        ))}
      </ul>
      {rule.conditions.length < MAX_CONDITIONS && (
        <button type="button" className="link small" data-action="add-condition" onClick={() => onChange(addCondition(ruleSet, index))}>
          + and another condition
        </button>
      )}
    </li>
  );
}
