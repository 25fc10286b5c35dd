import { COMMON_CURRENCIES, currencyName } from '../../../model/shared/currency';

interface Props {
  value: string | undefined;
  onChange(currency: string | undefined): void;
}

/** The shop's currency, for a file without a currency column: every money figure and export then says it. */
export function CurrencyPicker({ value, onChange }: Props) {
  return (
    <label className="field">
      <span>
        Currency <span className="muted small">no column names it: choose the shop’s, and every figure and export says it</span>
      </span>
      <select data-testid="currency-choice" value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">— not known —</option>
        {COMMON_CURRENCIES.map((code) => (
          <option key={code} value={code}>
            {code} · {currencyName(code)}
          </option>
        ))}
      </select>
    </label>
  );
}
