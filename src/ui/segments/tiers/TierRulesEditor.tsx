import { formatCount } from '../../../model/shared/format';
import { addRule, setFallback, tiersWithoutRule } from '../../../model/segments/tier-rules/rule-set-edits';
import type { TierRuleSet } from '../../../model/segments/tier-rules/rule-set';
import { RECENCY_BASIS_WORDS } from '../../../model/segments/tier-rules/rule-words';
import { isTierId, TIERS } from '../../../model/segments/tiers';
import type { SegmentView } from '../../../protocol/segments';
import { RuleCard } from './RuleCard';
import { RuleSetFile } from './RuleSetFile';
import { ReachNote } from './ReachNote';
import './tier-rules.css';

interface Props {
  view: SegmentView;
  onChange(ruleSet: TierRuleSet): void;
}

/**
 * The tier rule editor: each rule's conditions in plain words with the values they have in this
 * file, how many customers each rule receives (and why one never wins), the order they apply in,
 * the tier for everyone else, and sharing the rules as a file or a link.
 */
export function TierRulesEditor({ view, onChange }: Props) {
  const { ruleSet, reach, params } = view;
  const free = tiersWithoutRule(ruleSet);
  return (
    <section className="card tier-rules" data-testid="tier-rules" data-rules={ruleSet.preset} aria-labelledby="tier-rules-title">
      <div className="card-heading">
        <h2 id="tier-rules-title">Tier rules</h2>
        <RuleSetFile ruleSet={ruleSet} onOpen={onChange} />
      </div>
      <p className="muted small">
        Rules apply from the top: a customer gets the tier of the first rule whose conditions all hold. Recency is counted in{' '}
        {RECENCY_BASIS_WORDS[ruleSet.recencyBasis]} to {params.referenceDate}; a percentile is of all {formatCount(reach.rules.reduce((sum, rule) => sum + rule.customers, reach.fallback.customers))}{' '}
        customers. The page address carries these rules: copy it to share them.
      </p>
      <ol className="rule-list">
        {ruleSet.rules.map((rule, index) => (
          <RuleCard
            // Keyed by tier (one rule each), so a moved rule keeps its elements, and the keyboard focus on them.
            key={rule.tier}
            ruleSet={ruleSet}
            index={index}
            resolved={params.tierRules.rules[index]}
            outcome={reach.rules[index]}
            onChange={onChange}
          />
        ))}
        <li className="rule-card fallback" data-testid="tier-fallback" data-tier={ruleSet.fallback} data-customers={reach.fallback.customers} data-standing={reach.fallback.standing}>
          <div className="rule-head">
            <label className="inline-field">
              Everyone else is
              <select value={ruleSet.fallback} onChange={(event) => isTierId(event.target.value) && onChange(setFallback(ruleSet, event.target.value))}>
                {TIERS.map((tier) => (
                  <option key={tier.id} value={tier.id}>
                    {tier.label}
                  </option>
                ))}
              </select>
            </label>
            <ReachNote outcome={reach.fallback} fallback />
          </div>
        </li>
      </ol>
      <button type="button" className="button small" data-testid="add-rule" disabled={free.length === 0} onClick={() => onChange(addRule(ruleSet))}>
        Add a rule{free.length > 0 ? ` (for ${TIERS.find((tier) => tier.id === free[0])!.label})` : ': every tier has one'}
      </button>
    </section>
  );
}
