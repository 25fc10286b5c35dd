import type { ResolvedCondition } from '../../../model/segments/tier-rules/resolve-bounds';
import { COMPARISON_SYMBOLS, COMPARISONS, isComparison, isTierMeasure, TIER_MEASURES, type Bound, type Condition, type TierMeasure } from '../../../model/segments/tier-rules/rule-set';
import { conditionWords } from '../../../model/segments/tier-rules/rule-words';
import { BoundInput } from './BoundInput';

const MEASURE_NAMES: Record<TierMeasure, string> = { recency: 'Days since last purchase', frequency: 'Orders', monetary: 'Spend' };
const UNITS: Record<TierMeasure, string> = { recency: 'days', frequency: 'orders', monetary: '' };

interface Props {
  /** "Rule 2 (Champion), condition 1": names the controls for a screen reader. */
  label: string;
  condition: Condition;
  resolved: ResolvedCondition | undefined;
  onChange(condition: Condition): void;
  onRemove(): void;
}

/** One condition: measure, comparison, a value or a percentile, and what it means in this file. */
export function ConditionRow({ label, condition, resolved, onChange, onRemove }: Props) {
  const { measure, comparison, bound } = condition;
  const setBound = (next: Bound) => onChange({ ...condition, bound: next });
  return (
    <li className="condition" data-testid="tier-condition" data-measure={measure}>
      <select aria-label={`${label}: measure`} data-field="measure" value={measure} onChange={(event) => isTierMeasure(event.target.value) && onChange({ ...condition, measure: event.target.value })}>
        {TIER_MEASURES.map((option) => (
          <option key={option} value={option}>
            {MEASURE_NAMES[option]}
          </option>
        ))}
      </select>
      <select aria-label={`${label}: comparison`} data-field="comparison" value={comparison} onChange={(event) => isComparison(event.target.value) && onChange({ ...condition, comparison: event.target.value })}>
        {COMPARISONS.map((option) => (
          <option key={option} value={option}>
            {COMPARISON_SYMBOLS[option]}
          </option>
        ))}
      </select>
      <select
        aria-label={`${label}: bound`}
        data-field="bound-kind"
        value={bound.kind}
        onChange={(event) => setBound(event.target.value === 'percentile' ? { kind: 'percentile', percentile: 50 } : { kind: 'absolute', value: asValue(resolved?.value ?? 0) })}
      >
        <option value="absolute">the value</option>
        <option value="percentile">the percentile</option>
      </select>
      {bound.kind === 'percentile' ? (
        <BoundInput label={`${label}: percentile`} field="percentile" value={bound.percentile} min={0} max={100} prefix="P" onValue={(percentile) => setBound({ kind: 'percentile', percentile })} />
      ) : (
        <BoundInput label={`${label}: value`} field="value" value={bound.value} suffix={UNITS[measure]} onValue={(value) => setBound({ kind: 'absolute', value })} />
      )}
      <button type="button" className="icon-button" aria-label={`Remove ${label}`} data-action="remove-condition" onClick={onRemove}>
        ✕
      </button>
      <span className="condition-words" data-testid="condition-words">
        {resolved ? conditionWords(resolved) : ''}
      </span>
    </li>
  );
}

/** A percentile's value in this file as a value bound, to two decimals, so the condition keeps its meaning. */
function asValue(value: number): number {
  return Math.round(value * 100) / 100;
}
