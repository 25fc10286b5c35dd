import { currencyName } from '../../model/shared/currency';
import { useMoney } from './currency-context';

/**
 * The currency in force, said once above the results: `[data-testid="currency"]` holds its ISO code,
 * `mixed` for a file with several (flagged: totals are per currency), or nothing when it is not known.
 */
export function CurrencyNote({ onChoose }: { onChoose?: () => void }) {
  const { currency } = useMoney();
  if (currency.kind === 'single') {
    return (
      <p className="currency-note muted">
        Money in <strong data-testid="currency">{currency.code}</strong> ({currencyName(currency.code)}).
      </p>
    );
  }
  if (currency.kind === 'mixed') {
    return (
      <p className="currency-note field-error" role="status">
        This file has amounts in several currencies (<strong data-testid="currency">mixed</strong>: {currency.codes.join(', ')}). Totals are shown per
        currency and never added across them; a single customer’s figures are shown without a symbol.
      </p>
    );
  }
  return (
    <p className="currency-note muted">
      <strong data-testid="currency" /> The file names no currency, so figures are shown without one.{' '}
      {onChoose && (
        <button type="button" className="link" data-testid="choose-currency" onClick={onChoose}>
          Choose the shop’s currency
        </button>
      )}
    </p>
  );
}
