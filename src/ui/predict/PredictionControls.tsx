import { useState } from 'react';
import type { PredictionSettings } from '../../protocol/predict';
import { isIsoDate } from '../../model/shared/iso-date';
import type { TimeUnit } from '../../model/predict/repeat-summary';
import { DEFAULT_HOLDOUT_DAYS } from './use-predictions';

interface Props {
  settings: PredictionSettings;
  defaults: PredictionSettings;
  /** Last day of data: the calibration end must come before it. */
  lastDay: string;
  /** The calibration end cannot change (a customer table was loaded). */
  calibrationFixed: boolean;
  onChange(settings: PredictionSettings): void;
}

/** Calibration end, time unit and discount rate. A value reaches the engine only when it is valid. */
export function PredictionControls({ settings, defaults, lastDay, calibrationFixed, onChange }: Props) {
  return (
    <div className="controls prediction-controls">
      <label className="field">
        <span>Calibration end (the models are checked on the days after it)</span>
        <input
          type="date"
          data-testid="calibration-end"
          value={settings.calibrationEnd}
          max={lastDay}
          required
          readOnly={calibrationFixed}
          aria-describedby={calibrationFixed ? 'calibration-fixed' : undefined}
          onChange={(event) => isIsoDate(event.target.value) && onChange({ ...settings, calibrationEnd: event.target.value })}
        />
        {calibrationFixed && (
          <span className="small muted" id="calibration-fixed" data-testid="calibration-fixed">
            Fixed by the customer table, which was made for this calibration end; run the pipeline script again for another.
          </span>
        )}
        {!calibrationFixed && settings.calibrationEnd !== defaults.calibrationEnd && (
          <button type="button" className="link" onClick={() => onChange({ ...settings, calibrationEnd: defaults.calibrationEnd })}>
            reset to {defaults.calibrationEnd} (last {DEFAULT_HOLDOUT_DAYS} days held out)
          </button>
        )}
      </label>
      <label className="field">
        <span>Time unit of the fit</span>
        <select
          data-testid="time-unit"
          value={settings.unit}
          onChange={(event) => onChange({ ...settings, unit: event.target.value as TimeUnit })}
        >
          <option value="weeks">weeks</option>
          <option value="days">days</option>
        </select>
      </label>
      <DiscountField rate={settings.monthlyDiscountRate} onRate={(monthlyDiscountRate) => onChange({ ...settings, monthlyDiscountRate })} />
    </div>
  );
}

const MAX_PERCENT = 20;

/** The monthly discount rate, typed as a percentage; the field keeps half-typed text to itself. */
function DiscountField({ rate, onRate }: { rate: number; onRate(rate: number): void }) {
  const [text, setText] = useState(percentText(rate));
  const [shownRate, setShownRate] = useState(rate);
  if (shownRate !== rate) {
    setShownRate(rate);
    setText(percentText(rate));
  }
  const percent = Number(text);
  const valid = text.trim() !== '' && percent >= 0 && percent <= MAX_PERCENT;
  return (
    <label className="field">
      <span>Discount rate for the CLV, per month</span>
      <span className="with-suffix">
        <input
          type="number"
          inputMode="decimal"
          data-testid="discount-rate"
          min={0}
          max={MAX_PERCENT}
          step={0.1}
          value={text}
          aria-invalid={!valid}
          onChange={(event) => {
            setText(event.target.value);
            const next = Number(event.target.value);
            if (event.target.value.trim() !== '' && next >= 0 && next <= MAX_PERCENT && next / 100 !== rate) onRate(next / 100);
          }}
        />
        %
      </span>
      {!valid && <span className="field-error">Enter a rate from 0 to {MAX_PERCENT}%.</span>}
    </label>
  );
}

/** 0.07 → "7", not "7.000000000000001". */
function percentText(rate: number): string {
  return String(Math.round(rate * 1e8) / 1e6);
}
