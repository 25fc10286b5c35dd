import type { RfmView } from '../../../model/segments/rfm-totals';
import { formatCount } from '../../../model/shared/format';
import {
  combinationsPerBucket,
  DEFAULT_RFM_RULES,
  moveRuleUp,
  rfmBucketInfo,
  SCORE_NAMES,
  setRuleBound,
  shadowedRules,
  type RfmRules,
  type ScoreName,
} from '../../../model/segments/rfm-segments';

interface Props {
  rules: RfmRules;
  view: RfmView | null;
  onChange(rules: RfmRules): void;
}

const SCORES = [1, 2, 3, 4, 5];
const SCORE_TITLES: Record<ScoreName, string> = { r: 'Recency', f: 'Frequency', m: 'Monetary' };

/**
 * The editable rule table: a score range per measure for each named segment, applied top to bottom
 * (the first match wins). Every edit re-segments at once in the worker.
 */
export function RuleTable({ rules, view, onChange }: Props) {
  const combinations = combinationsPerBucket(rules);
  const shadowed = new Set(shadowedRules(rules));
  const customersOf = (segment: string) => view?.totals.find((row) => row.segment === segment)?.customers;
  const isDefault = JSON.stringify(rules) === JSON.stringify(DEFAULT_RFM_RULES);
  return (
    <section className="card" data-testid="rfm-rules" aria-labelledby="rules-title">
      <h2 id="rules-title">Segment rules</h2>
      <p className="muted small">
        Defaults as the R package <code>rfm</code> documents them. Rules apply from the top; a customer gets the first segment whose three
        ranges hold their scores. Of the 125 possible score combinations, {combinations.others} match no rule (Others).
        {shadowed.size > 0 && ` Greyed rules never win: earlier rules already claim every combination they cover; move them up or narrow the earlier rules.`}
      </p>
      <div className="table-wide">
        <table className="numbers rules">
          <thead>
            <tr>
              <th scope="col">Segment</th>
              {SCORE_NAMES.map((score) => (
                <th scope="col" key={score} title={SCORE_TITLES[score]}>
                  {SCORE_TITLES[score]} ({score.toUpperCase()})
                </th>
              ))}
              <th scope="col">Combinations</th>
              <th scope="col">Customers</th>
              <th scope="col">
                <span className="visually-hidden">Priority</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rules.map((rule, index) => {
              const info = rfmBucketInfo(rule.segment);
              return (
                <tr key={rule.segment} data-rule={rule.segment} className={shadowed.has(rule.segment) ? 'shadowed' : undefined}>
                  <th scope="row">
                    <span className="swatch" style={{ background: info.color }} aria-hidden="true" />
                    {info.label}
                  </th>
                  {SCORE_NAMES.map((score) => (
                    <td key={score}>
                      <span className="range">
                        <BoundSelect label={info.label} score={score} bound="min" value={rule[score].min} onChange={(value) => onChange(setRuleBound(rules, rule.segment, score, 'min', value))} />
                        <span aria-hidden="true">–</span>
                        <BoundSelect label={info.label} score={score} bound="max" value={rule[score].max} onChange={(value) => onChange(setRuleBound(rules, rule.segment, score, 'max', value))} />
                      </span>
                    </td>
                  ))}
                  <td>{combinations[rule.segment]}</td>
                  <td>{customersOf(rule.segment) === undefined ? '…' : formatCount(customersOf(rule.segment)!)}</td>
                  <td>
                    <button
                      type="button"
                      className="link"
                      data-testid="move-rule-up"
                      disabled={index === 0}
                      aria-label={`Apply ${info.label} before ${index > 0 ? rfmBucketInfo(rules[index - 1].segment).label : 'the others'}`}
                      onClick={() => onChange(moveRuleUp(rules, rule.segment))}
                    >
                      ↑
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="button small" data-testid="reset-rules" disabled={isDefault} onClick={() => onChange(DEFAULT_RFM_RULES)}>
        Reset to the defaults
      </button>
    </section>
  );
}

interface BoundProps {
  label: string;
  score: ScoreName;
  bound: 'min' | 'max';
  value: number;
  onChange(value: number): void;
}

function BoundSelect({ label, score, bound, value, onChange }: BoundProps) {
  return (
    <select
      data-bound={`${score}-${bound}`}
      aria-label={`${label}: ${SCORE_TITLES[score]} score ${bound === 'min' ? 'from' : 'to'}`}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
    >
      {SCORES.map((score) => (
        <option key={score} value={score}>
          {score}
        </option>
      ))}
    </select>
  );
}
