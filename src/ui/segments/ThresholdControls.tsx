import { TIER_RULE_PRESETS, valueActivityRules, valueActivityThresholds, withPresetName } from '../../model/segments/tier-rules/presets';
import { setRecencyBasis } from '../../model/segments/tier-rules/rule-set-edits';
import { isRecencyBasis, RULE_SET_NAMES, type RuleSetName, type TierRuleSet } from '../../model/segments/tier-rules/rule-set';
import { RECENCY_BASIS_WORDS } from '../../model/segments/tier-rules/rule-words';
import { DEFAULT_THRESHOLDS, type TierThresholds } from '../../model/segments/tiers';
import { NumberField } from './NumberField';
import type { TierChoice } from './use-tier-view';

interface Props {
  choice: TierChoice;
  defaultReferenceDate: string;
  onChange(choice: TierChoice): void;
}

const PRESET_LABELS: Record<RuleSetName, string> = {
  'value-activity': 'Value and activity (default)',
  'seed-notebook': 'The original notebook’s reports',
  custom: 'Your own rules',
};

/**
 * The tiers' quick controls: the rule preset, the value-activity rules' two numbers (editing them
 * applies those rules, named `custom` unless they are the preset's), how recency is counted, and the
 * reference date. The rule editor (tiers/TierRulesEditor.tsx) edits any rule.
 */
export function ThresholdControls({ choice, defaultReferenceDate, onChange }: Props) {
  const { ruleSet, referenceDate } = choice;
  const shape = valueActivityThresholds(ruleSet);
  const thresholds = shape ?? DEFAULT_THRESHOLDS;
  const withRules = (next: TierRuleSet) => onChange({ ...choice, ruleSet: next });
  // The quick controls write value-activity rules, in the basis those rules had, else in calendar days.
  const valueActivity = (next: TierThresholds) => withRules(withPresetName({ ...valueActivityRules(next), recencyBasis: shape ? ruleSet.recencyBasis : 'calendar-days' }));
  return (
    <section className="card controls" aria-label="Tier rules and reference date">
      <label className="field">
        <span>Tier rules</span>
        <select
          data-testid="tier-rules-preset"
          value={ruleSet.preset}
          onChange={(event) => event.target.value !== 'custom' && withRules(TIER_RULE_PRESETS[event.target.value as Exclude<RuleSetName, 'custom'>])}
        >
          {RULE_SET_NAMES.map((name) => (
            <option key={name} value={name} disabled={name === 'custom'}>
              {PRESET_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label="High value = spent at least the percentile"
        testId="value-percentile"
        value={thresholds.valuePercentile}
        min={1}
        max={99}
        suffix="th"
        onValue={(valuePercentile) => valueActivity({ ...thresholds, valuePercentile })}
      />
      <NumberField
        label="Active = bought within the last"
        testId="active-days"
        value={thresholds.activeDays}
        min={1}
        max={3650}
        suffix="days"
        onValue={(activeDays) => valueActivity({ ...thresholds, activeDays })}
      />
      <label className="field">
        <span>Recency counted in</span>
        <select data-testid="recency-basis" value={ruleSet.recencyBasis} onChange={(event) => isRecencyBasis(event.target.value) && withRules(setRecencyBasis(ruleSet, event.target.value))}>
          <option value="calendar-days">{RECENCY_BASIS_WORDS['calendar-days']} (default)</option>
          <option value="elapsed-days">{RECENCY_BASIS_WORDS['elapsed-days']}</option>
        </select>
      </label>
      <label className="field">
        <span>Reference date (recency is counted to this day)</span>
        <input
          type="date"
          data-testid="reference-date"
          value={referenceDate}
          required
          onChange={(event) => event.target.value && onChange({ ...choice, referenceDate: event.target.value })}
        />
        {referenceDate !== defaultReferenceDate && (
          <button type="button" className="link" onClick={() => onChange({ ...choice, referenceDate: defaultReferenceDate })}>
            reset to {defaultReferenceDate}
          </button>
        )}
      </label>
      {!shape && (
        <p className="muted small controls-note" data-testid="quick-controls-note">
          The percentile and window above are not in force: the tier rules below decide the tiers. Changing either applies the value-and-activity rules
          with it.
        </p>
      )}
    </section>
  );
}
