import { useState } from 'react';
import type { SegmentParams } from '../../protocol/segments';

interface Props {
  params: SegmentParams;
  defaultReferenceDate: string;
  onChange(params: SegmentParams): void;
}

/**
 * The tier thresholds. Inputs keep their own text while the user types and apply a value only when
 * it is valid, so a half-typed number never reaches the engine.
 */
export function ThresholdControls({ params, defaultReferenceDate, onChange }: Props) {
  return (
    <section className="card controls" aria-label="Tier thresholds">
      <NumberField
        label="High value = spent at least the percentile"
        testId="value-percentile"
        value={params.valuePercentile}
        min={1}
        max={99}
        suffix="th"
        onValue={(valuePercentile) => onChange({ ...params, valuePercentile })}
      />
      <NumberField
        label="Active = bought within the last"
        testId="active-days"
        value={params.activeDays}
        min={1}
        max={3650}
        suffix="days"
        onValue={(activeDays) => onChange({ ...params, activeDays })}
      />
      <label className="field">
        <span>Reference date (recency is counted to this day)</span>
        <input
          type="date"
          data-testid="reference-date"
          value={params.referenceDate}
          required
          onChange={(event) => event.target.value && onChange({ ...params, referenceDate: event.target.value })}
        />
        {params.referenceDate !== defaultReferenceDate && (
          <button type="button" className="link" onClick={() => onChange({ ...params, referenceDate: defaultReferenceDate })}>
            reset to {defaultReferenceDate}
          </button>
        )}
      </label>
    </section>
  );
}

interface NumberFieldProps {
  label: string;
  testId: string;
  value: number;
  min: number;
  max: number;
  suffix: string;
  onValue(value: number): void;
}

function NumberField({ label, testId, value, min, max, suffix, onValue }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  // When the value changes from outside (another file, a reset), show it; typing is left alone.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(String(value));
  }
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max;
  return (
    <label className="field">
      <span>{label}</span>
      <span className="with-suffix">
        <input
          type="number"
          inputMode="numeric"
          data-testid={testId}
          min={min}
          max={max}
          step={1}
          value={text}
          aria-invalid={!valid}
          onChange={(event) => {
            setText(event.target.value);
            const next = Number(event.target.value);
            if (event.target.value.trim() !== '' && Number.isInteger(next) && next >= min && next <= max && next !== value) {
              onValue(next);
            }
          }}
        />
        {suffix}
      </span>
      {!valid && <span className="field-error">Enter a whole number from {min} to {max}.</span>}
    </label>
  );
}
