import { useState } from 'react';

interface Props {
  label: string;
  field: string;
  value: number;
  min?: number;
  max?: number;
  prefix?: string;
  suffix?: string;
  onValue(value: number): void;
}

/** A bound's number: its own text while typed, applied only when it is a number in range. */
export function BoundInput({ label, field, value, min = -Infinity, max = Infinity, prefix, suffix, onValue }: Props) {
  const [text, setText] = useState(String(value));
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(String(value));
  }
  const accepts = (candidate: string) => candidate.trim() !== '' && Number.isFinite(Number(candidate)) && Number(candidate) >= min && Number(candidate) <= max;
  return (
    <span className="with-suffix bound">
      {prefix}
      <input
        type="number"
        inputMode="decimal"
        step="any"
        min={Number.isFinite(min) ? min : undefined}
        max={Number.isFinite(max) ? max : undefined}
        aria-label={label}
        data-field={field}
        value={text}
        aria-invalid={!accepts(text)}
        onChange={(event) => {
          setText(event.target.value);
          if (accepts(event.target.value) && Number(event.target.value) !== value) onValue(Number(event.target.value));
        }}
      />
      {suffix}
    </span>
  );
}
