import { useState } from 'react';

interface Props {
  label: string;
  testId: string;
  value: number;
  min: number;
  max: number;
  suffix: string;
  /** Whole numbers only (the default), or any number in the range. */
  whole?: boolean;
  onValue(value: number): void;
}

/**
 * A number input that keeps its own text while the user types and applies a value only when it is
 * valid, so a half-typed number never reaches the tiers.
 */
export function NumberField({ label, testId, value, min, max, suffix, whole = true, onValue }: Props) {
  const [text, setText] = useState(String(value));
  // When the value changes from outside (another file, a reset), show it; typing is left alone.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(String(value));
  }
  const accepts = (candidate: string) => {
    const number = Number(candidate);
    return candidate.trim() !== '' && Number.isFinite(number) && (!whole || Number.isInteger(number)) && number >= min && number <= max;
  };
  return (
    <label className="field">
      <span>{label}</span>
      <span className="with-suffix">
        <input
          type="number"
          inputMode={whole ? 'numeric' : 'decimal'}
          data-testid={testId}
          min={min}
          max={max}
          step={whole ? 1 : 'any'}
          value={text}
          aria-invalid={!accepts(text)}
          onChange={(event) => {
            setText(event.target.value);
            if (accepts(event.target.value) && Number(event.target.value) !== value) onValue(Number(event.target.value));
          }}
        />
        {suffix}
      </span>
      {!accepts(text) && <span className="field-error">Enter a {whole ? 'whole number' : 'number'} from {min} to {max}.</span>}
    </label>
  );
}
